package org.leavenotify.application.mail;

import org.leavenotify.application.mail.port.out.MailIntentsPort;
import org.leavenotify.application.notification.StoredNotificationListener;
import org.leavenotify.domain.notification.Notification;

/**
 * Stores the e-mail each new notification may become, due the delay after the notification was stored. The
 * dispatcher calls it before it clears the event from its outbox, so a crash in between has it called again,
 * which changes nothing (one intent per notification and channel). Whether it is sent is decided when it is
 * due ({@link MailService}).
 */
public final class MailScheduler implements StoredNotificationListener {

    private final MailIntentsPort intents;
    private final MailRules rules;

    public MailScheduler(MailIntentsPort intents, MailRules rules) {
        this.intents = intents;
        this.rules = rules;
    }

    @Override
    public void stored(Notification notification) {
        intents.schedule(MailIntent.forNotification(notification, notification.createdAt().plus(rules.delay())));
    }
}
