package org.leavenotify.application.mail;

import java.time.Instant;

import org.leavenotify.domain.notification.Notification;
import org.leavenotify.domain.notification.NotificationId;
import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.shared.Require;

/**
 * The e-mail one notification may become, stored when the notification is: it is sent once due (the
 * notification was stored a delay ago) if the notification is still unread and its recipient wants this kind
 * by e-mail, and skipped otherwise. Its id is one per notification and channel, so storing it again (a
 * dispatch that runs again after a crash) changes nothing.
 *
 * @param attempts     how many times sending was tried and failed
 * @param nextAttemptAt when it is due: the notification's time plus the delay, then later after each failure
 * @param claimedBy    the sender that holds it while it sends it, until {@code claimedUntil}
 * @param outcome      why it ended as it did (sent, skipped because read, refused by the server...)
 */
public record MailIntent(String id, EmployeeId recipientId, NotificationId notificationId, MailState state,
                         Instant createdAt, Instant nextAttemptAt, int attempts, String claimedBy,
                         Instant claimedUntil, Instant settledAt, String outcome) {

    public MailIntent {
        Require.text(id, "mail intent id");
        Require.present(recipientId, "recipient");
        Require.present(notificationId, "notification id");
        Require.present(state, "state");
        Require.present(createdAt, "created at");
        Require.present(nextAttemptAt, "next attempt at");
    }

    /** The e-mail a stored notification may become, due {@code dueAt}. */
    public static MailIntent forNotification(Notification notification, Instant dueAt) {
        return new MailIntent(idFor(notification.recipientId(), notification.id()), notification.recipientId(),
                notification.id(), MailState.PENDING, notification.createdAt(), dueAt, 0, null, null, null, null);
    }

    /** One id per notification and channel; it is the message's {@code Message-ID} too. */
    public static String idFor(EmployeeId recipient, NotificationId notification) {
        return "email-" + recipient.value() + "-" + notification.value();
    }
}
