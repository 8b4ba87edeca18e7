package org.leavenotify.adapter.web.notification;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import io.swagger.v3.oas.annotations.media.Schema;
import org.leavenotify.domain.notification.Notification;

/** A notification as the API shows it, the same on REST and STOMP (CONTRACT.md). */
record NotificationResponse(@Schema(description = "24 lower-case hex characters, opaque; within the recipient's "
                                    + "feed they sort in the order the notifications became visible",
                                    example = "6761a2f0000000000000002a") String id,
                            String recipientId,
                            NotificationTypeJson type,
                            String title,
                            String message,
                            String leaveRequestId,
                            ActorResponse actor,
                            Instant createdAt,
                            boolean read,
                            Instant readAt,
                            boolean archived,
                            Instant archivedAt) {

    /** Who caused the notification. */
    record ActorResponse(String id, String displayName) {
    }

    static NotificationResponse of(Notification notification) {
        return new NotificationResponse(notification.id().value(), notification.recipientId().value(),
                NotificationTypeJson.of(notification.type()), notification.title(), notification.message(),
                notification.leaveRequestId() == null ? null : notification.leaveRequestId().value(),
                new ActorResponse(notification.actor().id().value(), notification.actor().displayName()),
                millis(notification.createdAt()), notification.isRead(), millis(notification.readAt()),
                notification.isArchived(), millis(notification.archivedAt()));
    }

    /** Stores keep milliseconds: a notification reads the same however it was reached. */
    private static Instant millis(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS);
    }
}
