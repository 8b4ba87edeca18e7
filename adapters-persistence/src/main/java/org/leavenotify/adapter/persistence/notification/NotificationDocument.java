package org.leavenotify.adapter.persistence.notification;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A notification as stored. The {@code _id} is the notification id, whose string order is its creation
 * order, so paging by id needs no other sort key; {@code dedupKey} is unique, which makes storing
 * idempotent. {@code read} is kept beside {@code readAt} so that "unread" is an equality on an index.
 */
@Document(collection = MongoNotificationStore.COLLECTION)
record NotificationDocument(@Id String id, String dedupKey, String recipientId, String type, String title,
                            String message, String leaveRequestId, String actorId, String actorName,
                            Instant createdAt, boolean read, Instant readAt) {
}
