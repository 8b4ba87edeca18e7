package org.leavenotify.adapter.websocket.notification;

import org.leavenotify.adapter.websocket.relay.RelayDestinations;
import org.leavenotify.application.notification.port.out.PushNotificationPort;
import org.leavenotify.domain.notification.InboxChange;
import org.leavenotify.domain.notification.Notification;
import org.leavenotify.domain.organisation.EmployeeId;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageSendingOperations;
import org.springframework.messaging.simp.SimpMessageType;

/**
 * Relay mode: pushes one message per notification (and per unread count) to the user's RabbitMQ
 * destination, which delivers it to every session of the user on every node
 * ({@link RelayDestinations}). No node needs to know where the user's sessions are, so a session opened
 * a moment ago on another node gets the push as surely as one on this node. The message carries the
 * destination the client subscribed to, which Spring puts back in the frame the client receives.
 */
final class RelayNotificationPusher implements PushNotificationPort {

    private final SimpMessageSendingOperations messaging;

    RelayNotificationPusher(SimpMessageSendingOperations messaging) {
        this.messaging = messaging;
    }

    @Override
    public void pushNotification(Notification notification) {
        send(notification.recipientId(), RelayDestinations.NOTIFICATIONS, NotificationResponse.from(notification));
    }

    @Override
    public void pushUnreadCount(EmployeeId recipient, long unreadCount) {
        send(recipient, RelayDestinations.UNREAD_COUNT, new UnreadCountResponse(unreadCount));
    }

    @Override
    public void pushChange(EmployeeId recipient, InboxChange change) {
        send(recipient, RelayDestinations.CHANGES, InboxChangeResponse.from(change));
    }

    private void send(EmployeeId recipient, String clientDestination, Object payload) {
        SimpMessageHeaderAccessor headers = SimpMessageHeaderAccessor.create(SimpMessageType.MESSAGE);
        headers.setNativeHeader(SimpMessageHeaderAccessor.ORIGINAL_DESTINATION, clientDestination);
        headers.setLeaveMutable(true);
        messaging.convertAndSend(RelayDestinations.forUser(clientDestination, recipient.value()), payload,
                headers.getMessageHeaders());
    }
}
