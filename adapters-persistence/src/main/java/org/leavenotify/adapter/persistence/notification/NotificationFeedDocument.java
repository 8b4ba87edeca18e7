package org.leavenotify.adapter.persistence.notification;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The head of one recipient's feed: its epoch (chosen at random when the feed is created, part of every
 * id); {@code lastBucket}, raised with {@code $max} before a writer fills a new bucket, so no bucket with a
 * notification lies beyond it (the bucket it names may still be empty); and {@code unreadFrom}, before
 * which every bucket is full and all read, so counting unread ones starts there.
 */
@Document(collection = MongoNotificationStore.FEEDS)
record NotificationFeedDocument(@Id String recipientId, long epoch, long lastBucket, long unreadFrom) {
}
