package org.leavenotify.adapter.persistence.notification;

import java.time.Instant;
import java.util.List;

import org.leavenotify.adapter.persistence.notification.NotificationBucketDocument.Item;
import org.leavenotify.domain.notification.NotificationDraft;
import org.leavenotify.domain.organisation.EmployeeId;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Loads a recipient's history of notifications into their feed in bulk, a bucket per write, in the
 * stored format of {@link MongoNotificationStore}: for benchmarks that need a million stored
 * notifications, and tools that import history. The dedup keys must be new.
 */
public final class NotificationHistoryLoader {

    private final MongoNotificationStore store;

    public NotificationHistoryLoader(MongoTemplate mongo) {
        this.store = new MongoNotificationStore(mongo);
    }

    /**
     * Appends the drafts, in order, to the recipient's feed; read at {@code readAt}, or unread if null.
     * Meant for a feed nobody else writes meanwhile: another writer's notifications would fall between
     * the drafts, not be lost.
     */
    public long append(EmployeeId recipient, List<NotificationDraft> drafts, Instant readAt) {
        List<Item> items = drafts.stream().map(draft -> NotificationMapper.toItem(draft).withReadAt(readAt)).toList();
        int appended = 0;
        while (appended < items.size()) {
            appended += store.appendHistory(recipient, items.subList(appended, items.size()));
        }
        return appended;
    }
}
