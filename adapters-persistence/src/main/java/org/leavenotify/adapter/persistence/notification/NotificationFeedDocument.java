package org.leavenotify.adapter.persistence.notification;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The head of one recipient's feed: its epoch (chosen at random when the feed is created, part of every
 * id) and {@code lastBucket}, raised with {@code $max} before a writer fills a new bucket, so no bucket
 * with a notification lies beyond it (the bucket it names may still be empty).
 */
@Document(collection = MongoNotificationStore.FEEDS)
record NotificationFeedDocument(@Id String recipientId, long epoch, long lastBucket) {
}
