package org.leavenotify.adapter.websocket.notification;

import org.leavenotify.application.notification.port.out.PushNotificationPort;
import org.leavenotify.domain.notification.InboxChange;
import org.leavenotify.domain.notification.Notification;
import org.leavenotify.domain.organisation.EmployeeId;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageSendingOperations;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.simp.user.SimpSession;
import org.springframework.messaging.simp.user.SimpUser;
import org.springframework.messaging.simp.user.SimpUserRegistry;

/**
 * Pushes to every session of a user through their user destinations: a new notification on
 * {@code /user/queue/notifications}, the unread count on {@code /user/queue/notifications/unread-count},
 * a change of read or archived state on {@code /user/queue/notifications/changes}.
 * A session that has not subscribed gets nothing; what it missed it asks for with {@code after}.
 *
 * <p>Sends once per session (as {@code @SendToUser(broadcast = false)} does) rather than once per user:
 * with ordered publishing on, Spring 7.0's user-destination handler fails with "Expected mutable
 * SimpMessageHeaderAccessor" for every session after the first when one message fans out to several
 * sessions, because the broker channel has made the shared message immutable by then.
 */
final class StompNotificationPusher implements PushNotificationPort {

    static final String NOTIFICATIONS = "/queue/notifications";
    static final String UNREAD_COUNT = "/queue/notifications/unread-count";
    static final String CHANGES = "/queue/notifications/changes";

    private final SimpMessageSendingOperations messaging;
    private final SimpUserRegistry users;

    StompNotificationPusher(SimpMessageSendingOperations messaging, SimpUserRegistry users) {
        this.messaging = messaging;
        this.users = users;
    }

    @Override
    public void pushNotification(Notification notification) {
        toEverySession(notification.recipientId(), NOTIFICATIONS, NotificationResponse.from(notification));
    }

    @Override
    public void pushUnreadCount(EmployeeId recipient, long unreadCount) {
        toEverySession(recipient, UNREAD_COUNT, new UnreadCountResponse(unreadCount));
    }

    @Override
    public void pushChange(EmployeeId recipient, InboxChange change) {
        toEverySession(recipient, CHANGES, InboxChangeResponse.from(change));
    }

    private void toEverySession(EmployeeId recipient, String destination, Object payload) {
        SimpUser user = users.getUser(recipient.value());
        if (user == null) {
            return;
        }
        for (SimpSession session : user.getSessions()) {
            SimpMessageHeaderAccessor headers = SimpMessageHeaderAccessor.create(SimpMessageType.MESSAGE);
            headers.setSessionId(session.getId());
            headers.setLeaveMutable(true);
            messaging.convertAndSendToUser(recipient.value(), destination, payload, headers.getMessageHeaders());
        }
    }
}
