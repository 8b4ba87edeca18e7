package org.leavenotify.adapter.memory;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import org.leavenotify.application.notification.NotificationPageRequest;
import org.leavenotify.application.notification.port.out.NotificationStorePort;
import org.leavenotify.domain.notification.FeedPosition;
import org.leavenotify.domain.notification.Notification;
import org.leavenotify.domain.notification.NotificationDraft;
import org.leavenotify.domain.notification.NotificationId;
import org.leavenotify.domain.organisation.EmployeeId;

/**
 * Notifications in memory: one feed per recipient, a list whose index is the feed place (null where a
 * notification was removed by retention), with its unread count kept beside it. Every operation on a feed
 * holds that feed's monitor, which in one process is what the store's single-document atomic write is
 * elsewhere.
 */
public final class InMemoryNotificationStore implements NotificationStorePort {

    private final Map<EmployeeId, Feed> feeds = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();

    @Override
    public Appended append(NotificationDraft draft) {
        Feed feed = feed(draft.recipientId());
        synchronized (feed) {
            Optional<Integer> existing = feed.placeOf(draft.dedupKey());
            if (existing.isPresent()) {
                Notification stored = feed.items.get(existing.get());
                return new Appended(stored != null ? stored
                        : draft.withId(new FeedPosition(feed.epoch, existing.get()).id()), false);
            }
            Notification stored = draft.withId(new FeedPosition(feed.epoch, feed.items.size()).id());
            feed.items.add(stored);
            feed.placeByDedupKey.put(stored.dedupKey(), feed.items.size() - 1);
            feed.unread++;
            return new Appended(stored, true);
        }
    }

    @Override
    public Optional<Notification> findById(EmployeeId recipient, NotificationId id) {
        Feed feed = feeds.get(recipient);
        if (feed == null) {
            return Optional.empty();
        }
        synchronized (feed) {
            return feed.place(id).map(feed.items::get);
        }
    }

    @Override
    public List<Notification> findPage(NotificationPageRequest request) {
        Feed feed = feeds.get(request.recipient());
        if (feed == null) {
            return List.of();
        }
        Predicate<Notification> wanted = request::wants;
        int wantedCount = request.limit() + 1;
        List<Notification> page = new ArrayList<>();
        synchronized (feed) {
            if (request.after() != null) {
                int from = feed.cursor(request.after()).map(place -> place + 1).orElse(feed.items.size());
                for (int place = from; place < feed.items.size() && page.size() < wantedCount; place++) {
                    addIf(page, feed.items.get(place), wanted);
                }
            } else {
                int from = request.before() == null ? feed.items.size() - 1
                        : feed.cursor(request.before()).map(place -> place - 1).orElse(-1);
                for (int place = from; place >= 0 && page.size() < wantedCount; place--) {
                    addIf(page, feed.items.get(place), wanted);
                }
            }
        }
        return page;
    }

    @Override
    public long countUnread(EmployeeId recipient) {
        Feed feed = feeds.get(recipient);
        if (feed == null) {
            return 0;
        }
        synchronized (feed) {
            return feed.unread;
        }
    }

    @Override
    public boolean markRead(EmployeeId recipient, NotificationId id, Instant at) {
        Feed feed = feeds.get(recipient);
        if (feed == null) {
            return false;
        }
        synchronized (feed) {
            Optional<Integer> place = feed.place(id);
            place.ifPresent(found -> feed.markRead(found, at));
            return place.isPresent();
        }
    }

    @Override
    public boolean markUnread(EmployeeId recipient, NotificationId id) {
        return change(recipient, id, Notification::markUnread);
    }

    @Override
    public boolean archive(EmployeeId recipient, NotificationId id, Instant at) {
        return change(recipient, id, notification -> notification.archive(at));
    }

    @Override
    public boolean unarchive(EmployeeId recipient, NotificationId id) {
        return change(recipient, id, Notification::unarchive);
    }

    /** Applies the change to the recipient's notification with its unread count kept; false if there is none. */
    private boolean change(EmployeeId recipient, NotificationId id, UnaryOperator<Notification> change) {
        Feed feed = feeds.get(recipient);
        if (feed == null) {
            return false;
        }
        synchronized (feed) {
            Optional<Integer> place = feed.place(id);
            place.ifPresent(found -> feed.replace(found, change.apply(feed.items.get(found))));
            return place.isPresent();
        }
    }

    @Override
    public long markAllRead(EmployeeId recipient, Instant at) {
        Feed feed = feeds.get(recipient);
        if (feed == null) {
            return 0;
        }
        synchronized (feed) {
            long changed = 0;
            for (int place = 0; place < feed.items.size(); place++) {
                if (feed.markReadInInbox(place, at)) {
                    changed++;
                }
            }
            return changed;
        }
    }

    @Override
    public long removeReadCreatedBefore(Instant cutoff, int limit) {
        long removed = 0;
        for (Feed feed : feeds.values()) {
            synchronized (feed) {
                for (int place = 0; place < feed.items.size() && removed < limit; place++) {
                    Notification notification = feed.items.get(place);
                    if (notification != null && notification.isRead() && notification.createdAt().isBefore(cutoff)) {
                        feed.items.set(place, null);
                        removed++;
                    }
                }
            }
        }
        return removed;
    }

    /** Every stored notification, each feed oldest first; for tests and benchmarks. */
    public List<Notification> all() {
        List<Notification> all = new ArrayList<>();
        feeds.values().stream().sorted(Comparator.comparing(feed -> feed.recipient.value())).forEach(feed -> {
            synchronized (feed) {
                feed.items.stream().filter(Objects::nonNull).forEach(all::add);
            }
        });
        return all;
    }

    private static void addIf(List<Notification> page, Notification notification, Predicate<Notification> wanted) {
        if (notification != null && wanted.test(notification)) {
            page.add(notification);
        }
    }

    private Feed feed(EmployeeId recipient) {
        return feeds.computeIfAbsent(recipient, key -> new Feed(key, FeedPosition.epochFrom(random.nextInt())));
    }

    /** One recipient's feed; guarded by its own monitor. */
    private static final class Feed {
        final EmployeeId recipient;
        final long epoch;
        final List<Notification> items = new ArrayList<>();
        final Map<String, Integer> placeByDedupKey = new HashMap<>();
        long unread;

        Feed(EmployeeId recipient, long epoch) {
            this.recipient = recipient;
            this.epoch = epoch;
        }

        /** The place of a notification that is there (not removed). */
        Optional<Integer> place(NotificationId id) {
            return cursor(id).filter(place -> items.get(place) != null);
        }

        /** The place an id names in this feed, whether or not its notification was removed since. */
        Optional<Integer> cursor(NotificationId id) {
            return FeedPosition.of(id)
                    .filter(position -> position.epoch() == epoch && position.place() < items.size())
                    .map(position -> (int) position.place());
        }

        /** The place of the notification stored under the key (removed since or not). */
        Optional<Integer> placeOf(String dedupKey) {
            return Optional.ofNullable(placeByDedupKey.get(dedupKey));
        }

        /** True if it was unread. */
        boolean markRead(int place, Instant at) {
            Notification notification = items.get(place);
            if (notification == null || notification.isRead()) {
                return false;
            }
            replace(place, notification.markRead(at));
            return true;
        }

        /** True if it was unread and in the inbox. */
        boolean markReadInInbox(int place, Instant at) {
            Notification notification = items.get(place);
            if (notification == null || !notification.countsAsUnread()) {
                return false;
            }
            replace(place, notification.markRead(at));
            return true;
        }

        /** Puts the changed notification in its place, keeping the unread count. */
        void replace(int place, Notification changed) {
            Notification before = items.get(place);
            unread += (changed.countsAsUnread() ? 1 : 0) - (before.countsAsUnread() ? 1 : 0);
            items.set(place, changed);
        }
    }
}
