package org.leavenotify.adapter.persistence.notification;

import org.leavenotify.domain.leave.EmployeeId;
import org.leavenotify.domain.leave.LeaveRequestId;
import org.leavenotify.domain.notification.Actor;
import org.leavenotify.domain.notification.Notification;
import org.leavenotify.domain.notification.NotificationId;
import org.leavenotify.domain.notification.NotificationType;

/** Translates notifications between the domain and the stored documents. */
final class NotificationMapper {

    private NotificationMapper() {
    }

    static NotificationDocument toDocument(Notification notification) {
        return new NotificationDocument(notification.id().value(), notification.dedupKey(),
                notification.recipientId().value(), notification.type().name(), notification.title(),
                notification.message(),
                notification.leaveRequestId() == null ? null : notification.leaveRequestId().value(),
                notification.actor().id().value(), notification.actor().displayName(), notification.createdAt(),
                notification.isRead(), notification.readAt());
    }

    static Notification toDomain(NotificationDocument document) {
        return new Notification(new NotificationId(document.id()), document.dedupKey(),
                new EmployeeId(document.recipientId()), NotificationType.valueOf(document.type()), document.title(),
                document.message(), document.leaveRequestId() == null ? null : new LeaveRequestId(document.leaveRequestId()),
                new Actor(new EmployeeId(document.actorId()), document.actorName()), document.createdAt(),
                document.read() ? document.readAt() : null);
    }
}
