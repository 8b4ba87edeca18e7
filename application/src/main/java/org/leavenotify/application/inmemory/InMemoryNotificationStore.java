package org.leavenotify.application.inmemory;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Stream;

import org.leavenotify.application.notification.NotificationPageRequest;
import org.leavenotify.application.notification.port.out.NotificationStorePort;
import org.leavenotify.domain.leave.EmployeeId;
import org.leavenotify.domain.notification.Notification;
import org.leavenotify.domain.notification.NotificationId;

/**
 * Notifications in memory: one sorted map per recipient (so paging seeks instead of scanning) and a
 * map of dedup keys. Writes for one recipient are serialised on that recipient's map.
 */
public final class InMemoryNotificationStore implements NotificationStorePort {

    private final Map<EmployeeId, NavigableMap<NotificationId, Notification>> byRecipient = new ConcurrentHashMap<>();
    private final Map<String, Notification> byDedupKey = new ConcurrentHashMap<>();

    @Override
    public Notification insertIfAbsent(Notification notification) {
        NavigableMap<NotificationId, Notification> feed = feed(notification.recipientId());
        synchronized (feed) {
            Notification existing = byDedupKey.get(notification.dedupKey());
            if (existing != null) {
                return feed(existing.recipientId()).getOrDefault(existing.id(), existing);
            }
            feed.put(notification.id(), notification);
            byDedupKey.put(notification.dedupKey(), notification);
            return notification;
        }
    }

    @Override
    public Optional<Notification> findById(EmployeeId recipient, NotificationId id) {
        return Optional.ofNullable(feed(recipient).get(id));
    }

    @Override
    public List<Notification> findPage(NotificationPageRequest request) {
        NavigableMap<NotificationId, Notification> feed = feed(request.recipient());
        Stream<Notification> candidates;
        if (request.after() != null) {
            candidates = feed.tailMap(request.after(), false).values().stream();
        } else if (request.before() != null) {
            candidates = feed.headMap(request.before(), false).descendingMap().values().stream();
        } else {
            candidates = feed.descendingMap().values().stream();
        }
        return candidates.filter(notification -> !request.unreadOnly() || !notification.isRead())
                .limit(request.limit() + 1L)
                .toList();
    }

    @Override
    public long countUnread(EmployeeId recipient) {
        return feed(recipient).values().stream().filter(notification -> !notification.isRead()).count();
    }

    @Override
    public boolean markRead(EmployeeId recipient, NotificationId id, Instant at) {
        NavigableMap<NotificationId, Notification> feed = feed(recipient);
        synchronized (feed) {
            Notification stored = feed.get(id);
            if (stored == null) {
                return false;
            }
            feed.put(id, stored.markRead(at));
            return true;
        }
    }

    @Override
    public long markAllRead(EmployeeId recipient, Instant at) {
        NavigableMap<NotificationId, Notification> feed = feed(recipient);
        synchronized (feed) {
            List<Notification> unread = feed.values().stream().filter(n -> !n.isRead()).toList();
            unread.forEach(notification -> feed.put(notification.id(), notification.markRead(at)));
            return unread.size();
        }
    }

    /** Every stored notification, oldest first; for tests and benchmarks. */
    public List<Notification> all() {
        return byRecipient.values().stream().flatMap(feed -> feed.values().stream())
                .sorted(Comparator.comparing(Notification::id)).toList();
    }

    private NavigableMap<NotificationId, Notification> feed(EmployeeId recipient) {
        return byRecipient.computeIfAbsent(recipient, key -> new ConcurrentSkipListMap<>());
    }
}
