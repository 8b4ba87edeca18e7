package org.leavenotify.application.notification;

import java.lang.System.Logger.Level;

import org.leavenotify.application.notification.port.out.NotificationStorePort;
import org.leavenotify.application.notification.port.out.PresencePort;
import org.leavenotify.application.notification.port.out.PushNotificationPort;
import org.leavenotify.domain.notification.InboxChange;
import org.leavenotify.domain.notification.Notification;
import org.leavenotify.domain.organisation.EmployeeId;

/**
 * Pushes what is already stored to a recipient who is online. Never throws: a push that fails is
 * logged and the notification waits in the store.
 */
final class NotificationPusher {

    private static final System.Logger LOG = System.getLogger(NotificationPusher.class.getName());

    private final NotificationStorePort store;
    private final PresencePort presence;
    private final PushNotificationPort push;

    NotificationPusher(NotificationStorePort store, PresencePort presence, PushNotificationPort push) {
        this.store = store;
        this.presence = presence;
        this.push = push;
    }

    void pushIfOnline(Notification notification) {
        EmployeeId recipient = notification.recipientId();
        try {
            if (!presence.isOnline(recipient)) {
                return;
            }
            push.pushNotification(notification);
            push.pushUnreadCount(recipient, store.countUnread(recipient));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Push of notification " + notification.id() + " to " + recipient
                    + " failed; it stays stored for the recipient to fetch", e);
        }
    }

    /** Tells every session of the recipient what changed in their inbox, and the unread count now. */
    void pushChange(EmployeeId recipient, InboxChange change) {
        try {
            if (presence.isOnline(recipient)) {
                push.pushChange(recipient, change);
                push.pushUnreadCount(recipient, change.unreadCount());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Push of an inbox change to " + recipient + " failed", e);
        }
    }

    void pushUnreadCount(EmployeeId recipient, long unreadCount) {
        try {
            if (presence.isOnline(recipient)) {
                push.pushUnreadCount(recipient, unreadCount);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Push of the unread count to " + recipient + " failed", e);
        }
    }
}
