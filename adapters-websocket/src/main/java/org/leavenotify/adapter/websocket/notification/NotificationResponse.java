package org.leavenotify.adapter.websocket.notification;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.leavenotify.domain.notification.Notification;

/**
 * A notification as JSON (CONTRACT.md): instants as ISO-8601 strings, {@code leaveRequestId},
 * {@code readAt} and {@code archivedAt} present as {@code null} when there is none.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record NotificationResponse(String id, String recipientId, String type, String title, String message,
                            String leaveRequestId, ActorResponse actor, String createdAt, boolean read,
                            String readAt, boolean archived, String archivedAt) {

    record ActorResponse(String id, String displayName) {
    }

    static NotificationResponse from(Notification notification) {
        return new NotificationResponse(notification.id().value(), notification.recipientId().value(),
                notification.type().name(), notification.title(), notification.message(),
                notification.leaveRequestId() == null ? null : notification.leaveRequestId().value(),
                new ActorResponse(notification.actor().id().value(), notification.actor().displayName()),
                notification.createdAt().toString(), notification.isRead(),
                notification.readAt() == null ? null : notification.readAt().toString(), notification.isArchived(),
                notification.archivedAt() == null ? null : notification.archivedAt().toString());
    }
}
