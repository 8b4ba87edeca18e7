package org.leavenotify.adapter.persistence.notification;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A run of up to {@link MongoNotificationStore#BUCKET_SIZE} consecutive notifications of one feed (the
 * MongoDB bucket pattern). The item at index {@code i} of bucket {@code b} holds feed place
 * {@code b * BUCKET_SIZE + i}: a place is given by the {@code $push} that makes the item visible, and
 * that same write keeps {@code count} and {@code unread} (the computed pattern). {@code version} moves
 * on with every write, for the writes that must be sure nothing changed since they read.
 */
@Document(collection = MongoNotificationStore.BUCKETS)
record NotificationBucketDocument(@Id String id, String recipientId, long epoch, long bucket, int count, int unread,
                                  long version, List<Item> items) {

    /**
     * One notification in a bucket; {@code readAt} absent while unread. A notification removed by retention
     * keeps its place as a tombstone: {@code removed} true, its dedup key, creation and read times, nothing else.
     */
    record Item(String dedupKey, String type, String title, String message, String leaveRequestId, String actorId,
                String actorName, Instant createdAt, Instant readAt, Instant archivedAt, Boolean removed) {

        Item withReadAt(Instant at) {
            return new Item(dedupKey, type, title, message, leaveRequestId, actorId, actorName, createdAt, at, archivedAt,
                    removed);
        }

        Item withArchivedAt(Instant at) {
            return new Item(dedupKey, type, title, message, leaveRequestId, actorId, actorName, createdAt, readAt, at,
                    removed);
        }

        /** Unread and in the inbox: what the bucket's {@code unread} counts. */
        boolean countsAsUnread() {
            return readAt == null && archivedAt == null;
        }

        boolean isRemoved() {
            return Boolean.TRUE.equals(removed);
        }
    }

    /** Some of a bucket's items, for the reads that need only them. */
    record Items(@Id String id, List<Item> items) {
    }

    /** A bucket's count, version and the dedup keys of its items, in order, for appending. */
    record Keys(@Id String id, int count, long version, List<Key> items) {

        record Key(String dedupKey) {
        }

        /** The index of the item with this dedup key, or -1. */
        int indexOf(String dedupKey) {
            for (int index = 0; items != null && index < items.size(); index++) {
                if (dedupKey.equals(items.get(index).dedupKey())) {
                    return index;
                }
            }
            return -1;
        }
    }

    /** One item of a bucket, with the bucket's count, unread count and version, for changing it. */
    record Slice(@Id String id, int count, int unread, long version, List<Item> items) {
    }

    /** A bucket's counters, for the reads that need only them. */
    record Counters(@Id String id, long bucket, int count, int unread, long version) {
    }
}
