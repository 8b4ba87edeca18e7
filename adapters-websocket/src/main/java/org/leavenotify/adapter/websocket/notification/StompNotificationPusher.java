package org.leavenotify.adapter.websocket.notification;

import org.leavenotify.application.notification.port.out.PushNotificationPort;
import org.leavenotify.domain.leave.EmployeeId;
import org.leavenotify.domain.notification.Notification;
import org.springframework.messaging.simp.SimpMessageSendingOperations;

/**
 * Pushes to every session of a user through their user destinations: a new notification on
 * {@code /user/queue/notifications}, the unread count on {@code /user/queue/notifications/unread-count}.
 * A session that has not subscribed gets nothing; what it missed it asks for with {@code after}.
 */
final class StompNotificationPusher implements PushNotificationPort {

    static final String NOTIFICATIONS = "/queue/notifications";
    static final String UNREAD_COUNT = "/queue/notifications/unread-count";

    private final SimpMessageSendingOperations messaging;

    StompNotificationPusher(SimpMessageSendingOperations messaging) {
        this.messaging = messaging;
    }

    @Override
    public void pushNotification(Notification notification) {
        messaging.convertAndSendToUser(notification.recipientId().value(), NOTIFICATIONS,
                NotificationResponse.from(notification));
    }

    @Override
    public void pushUnreadCount(EmployeeId recipient, long unreadCount) {
        messaging.convertAndSendToUser(recipient.value(), UNREAD_COUNT, new UnreadCountResponse(unreadCount));
    }
}
