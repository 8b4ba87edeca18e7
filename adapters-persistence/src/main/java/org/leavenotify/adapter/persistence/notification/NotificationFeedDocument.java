package org.leavenotify.adapter.persistence.notification;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The head of one recipient's feed: its epoch (chosen at random when the feed is created, part of every
 * id); {@code lastBucket}, raised with {@code $max} before a writer fills a new bucket, so no bucket with a
 * notification lies beyond it (the bucket it names may still be empty); and {@code unreadFrom}, before
 * which every bucket is full with nothing unread in the inbox, so counting unread ones starts there.
 * {@code pins} counts the writes under way that may make a notification of an old bucket unread again,
 * and {@code hintVersion} moves with each of their steps: {@code unreadFrom} is raised only by a write
 * conditional on no pin and on the version its reader saw (see {@code MongoNotificationStore}).
 */
@Document(collection = MongoNotificationStore.FEEDS)
record NotificationFeedDocument(@Id String recipientId, long epoch, long lastBucket, long unreadFrom, int pins,
                                long hintVersion) {
}
