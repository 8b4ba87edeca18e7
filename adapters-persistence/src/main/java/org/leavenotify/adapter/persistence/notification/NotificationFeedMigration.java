package org.leavenotify.adapter.persistence.notification;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.leavenotify.adapter.persistence.MongoCalls;
import org.leavenotify.adapter.persistence.notification.NotificationBucketDocument.Item;
import org.leavenotify.domain.organisation.EmployeeId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Moves notifications stored by release 0.1 (one document each in {@code notifications}, ids from the
 * writing node's clock) into feeds, once, at start-up, before the store serves anything: each recipient's
 * notifications are appended to their feed in the order of their old ids, with their read state, and the
 * old collection is dropped at the end.
 *
 * <p>Safe to interrupt and to run again, and on several nodes at once: before each write it looks at the
 * dedup keys the feed holds already and appends only the rest, and every write is conditional on the
 * bucket it extends being as read (see {@link MongoNotificationStore#appendHistory}). The old collection
 * is dropped only after every recipient's feed holds every key. The new ids are feed positions in a new
 * epoch: a client holding an old id as its cursor gets 400 (unknown cursor) and reloads.
 */
final class NotificationFeedMigration {

    static final String OLD_COLLECTION = "notifications";
    private static final Logger LOG = LoggerFactory.getLogger(NotificationFeedMigration.class);

    private final MongoTemplate mongo;
    private final MongoNotificationStore store;

    NotificationFeedMigration(MongoTemplate mongo, MongoNotificationStore store) {
        this.mongo = mongo;
        this.store = store;
    }

    /** Migrates what release 0.1 left, if anything; returns how many notifications were looked at. */
    long run() {
        return MongoCalls.call("migrating notifications to feeds", () -> {
            if (!mongo.collectionExists(OLD_COLLECTION)) {
                return 0L;
            }
            List<Document> old = mongo.findAll(Document.class, OLD_COLLECTION);
            Map<EmployeeId, List<Document>> byRecipient = new LinkedHashMap<>();
            old.stream().sorted(Comparator.comparing(NotificationFeedMigration::oldId))
                    .forEach(document -> byRecipient.computeIfAbsent(new EmployeeId(document.getString("recipientId")),
                            key -> new ArrayList<>()).add(document));
            LOG.info("Migrating {} notifications of {} recipients from '{}' to feeds", old.size(), byRecipient.size(),
                    OLD_COLLECTION);
            byRecipient.forEach(this::migrate);
            mongo.dropCollection(OLD_COLLECTION);
            LOG.info("Migrated {} notifications to feeds; '{}' dropped", old.size(), OLD_COLLECTION);
            return (long) old.size();
        });
    }

    private void migrate(EmployeeId recipient, List<Document> documents) {
        List<Item> items = documents.stream().map(NotificationFeedMigration::item).toList();
        while (true) {
            Set<String> stored = store.dedupKeysOf(recipient);
            List<Item> missing = items.stream().filter(item -> !stored.contains(item.dedupKey())).toList();
            if (missing.isEmpty() || store.appendHistory(recipient, missing) == missing.size()) {
                return;
            }
        }
    }

    private static Item item(Document old) {
        boolean read = Boolean.TRUE.equals(old.getBoolean("read"));
        Date readAt = old.getDate("readAt");
        Date createdAt = old.getDate("createdAt");
        return new Item(old.getString("dedupKey"), old.getString("type"), old.getString("title"), old.getString("message"),
                old.getString("leaveRequestId"), old.getString("actorId"), old.getString("actorName"),
                createdAt.toInstant(), read ? (readAt != null ? readAt : createdAt).toInstant() : null, null, null);
    }

    /** Old ids are 24 hex characters whose order is the order they were stored in; Spring kept them as ObjectIds. */
    private static String oldId(Document old) {
        Object id = old.get("_id");
        return id instanceof ObjectId objectId ? objectId.toHexString() : String.valueOf(id);
    }
}
