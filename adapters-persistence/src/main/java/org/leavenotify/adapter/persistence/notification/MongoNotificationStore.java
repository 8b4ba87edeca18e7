package org.leavenotify.adapter.persistence.notification;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.LongStream;

import org.leavenotify.adapter.persistence.MongoCalls;
import org.leavenotify.adapter.persistence.MongoIndexes;
import org.leavenotify.adapter.persistence.notification.NotificationBucketDocument.Counters;
import org.leavenotify.adapter.persistence.notification.NotificationBucketDocument.Item;
import org.leavenotify.adapter.persistence.notification.NotificationBucketDocument.Items;
import org.leavenotify.adapter.persistence.notification.NotificationBucketDocument.Keys;
import org.leavenotify.adapter.persistence.notification.NotificationBucketDocument.Slice;
import org.leavenotify.application.notification.NotificationPageRequest;
import org.leavenotify.application.notification.port.out.NotificationStorePort;
import org.leavenotify.domain.notification.FeedPosition;
import org.leavenotify.domain.notification.Notification;
import org.leavenotify.domain.notification.NotificationDraft;
import org.leavenotify.domain.notification.NotificationId;
import org.leavenotify.domain.organisation.EmployeeId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Notifications on MongoDB, one feed per recipient kept in bucket documents of {@value #BUCKET_SIZE}
 * (see {@link NotificationBucketDocument}). Every operation reads documents by {@code _id} (one or an
 * {@code $in}) and writes them filtered on {@code _id} alone or on {@code _id} and {@code version}, so the
 * embedded store, which uses an index only for a query naming exactly its keys, answers each by a look-up
 * and never by a scan (a unique index on {@code _id, version} is declared for it); a real MongoDB does the
 * same work from its {@code _id} index.
 *
 * <ul>
 *   <li><b>Places given by the store.</b> A notification is appended by one {@code $push} on the feed's
 *   newest bucket, conditional on the bucket's version as just read (not full, the dedup key not in it),
 *   which also raises {@code count} and {@code unread}: the place (the count read) is given in the write
 *   that makes the notification visible; a writer that lost the race reads again. A full bucket gets no
 *   more items, and a writer moves to the next bucket only once the current one is full, so a reader that
 *   finds a bucket not full knows nothing lies beyond it yet.</li>
 *   <li><b>Once per dedup key.</b> Within a bucket the {@code $push} condition refuses a key it holds;
 *   across buckets the unique index on {@code items.dedupKey} does (a multikey unique index: unique
 *   between documents).</li>
 *   <li><b>Counters as data.</b> The unread count is the sum of the buckets' {@code unread}, each kept by
 *   the same single-document writes that change an item, so it is exact under any concurrency.</li>
 * </ul>
 */
final class MongoNotificationStore implements NotificationStorePort {

    static final String FEEDS = "notification_feeds";
    static final String BUCKETS = "notification_buckets";
    /**
     * Notifications per bucket. Part of the stored format: the place of an item depends on it. Every append
     * rewrites its bucket and the bucket's entries in the unique dedup index, so appends cost more as
     * buckets grow, while counting, marking all read and catching up read more buckets as they shrink.
     * Measured on the embedded store with 10,000 stored ({@code StoreBench}, median append / unread count):
     * 20: 2.8 / 2.1 ms; 50: 4.6 / 1.1 ms; 100: ~5-7 ms appends.
     */
    static final int BUCKET_SIZE = 25;
    /**
     * Guards against a loop that cannot end. A round is lost only to another writer's success, so with a
     * few writers on one feed an append takes a few rounds.
     */
    private static final int MAX_APPEND_ROUNDS = 1000;
    private static final int MAX_WRITE_ROUNDS = 1000;

    private final MongoTemplate mongo;
    private final SecureRandom random = new SecureRandom();

    MongoNotificationStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * The unique dedup key across every bucket; everything else is found by {@code _id}, and on the embedded
     * store the versioned writes by the unique {@code _id, version}.
     */
    void createIndexes(MongoIndexes indexes) {
        indexes.ensure(BUCKETS,
                new Index().on("items.dedupKey", Direction.ASC).unique().named("notification_dedup_key"));
        indexes.ensureForEmbeddedLookups(BUCKETS, new Index().on("_id", Direction.ASC).on("version", Direction.ASC)
                .unique().named("notification_bucket_version"));
        indexes.ensureForEmbeddedLookups(FEEDS, new Index().on("_id", Direction.ASC).on("pins", Direction.ASC)
                .on("hintVersion", Direction.ASC).unique().named("notification_feed_hint"));
    }

    @Override
    public Appended append(NotificationDraft draft) {
        return MongoCalls.call("storing notification " + draft.dedupKey(), () -> appendNow(draft));
    }

    private Appended appendNow(NotificationDraft draft) {
        EmployeeId recipient = draft.recipientId();
        NotificationFeedDocument feed = feedOf(recipient);
        Item item = NotificationMapper.toItem(draft);
        long bucket = feed.lastBucket();
        for (int round = 0; round < MAX_APPEND_ROUNDS; round++) {
            String bucketId = bucketId(recipient, feed.epoch(), bucket);
            try {
                Keys current = keysOf(bucketId);
                if (current == null) {
                    mongo.insert(new NotificationBucketDocument(bucketId, recipient.value(), feed.epoch(), bucket, 1, 1, 1,
                            List.of(item)), BUCKETS);
                    return new Appended(NotificationMapper.toDomain(recipient, position(feed.epoch(), bucket, 0), item), true);
                }
                int stored = current.indexOf(item.dedupKey());
                if (stored >= 0) {
                    FeedPosition at = position(feed.epoch(), bucket, stored);
                    return new Appended(findById(recipient, at.id()).orElseGet(() -> removedAt(draft, at)), false);
                }
                if (current.count() >= BUCKET_SIZE) {
                    bucket++;
                    mongo.updateFirst(query(where("_id").is(recipient.value())), new Update().max("lastBucket", bucket),
                            FEEDS);
                    continue;
                }
                boolean pushed = mongo.updateFirst(query(where("_id").is(bucketId).and("version").is(current.version())),
                        new Update().push("items", item).inc("count", 1).inc("unread", 1).inc("version", 1),
                        BUCKETS).getModifiedCount() == 1;
                if (pushed) {
                    return new Appended(NotificationMapper.toDomain(recipient,
                            position(feed.epoch(), bucket, current.count()), item), true);
                }
                Thread.yield(); // another writer changed the bucket since it was read: read it again
            } catch (DuplicateKeyException duplicate) {
                Optional<Notification> stored = findByDedupKey(draft);
                if (stored.isPresent()) {
                    return new Appended(stored.get(), false);
                }
                // another writer created this bucket meanwhile: push into it
            }
        }
        throw new IllegalStateException("Could not append notification " + draft.dedupKey() + " to the feed of "
                + recipient + " in " + MAX_APPEND_ROUNDS + " rounds");
    }

    /** A bucket's count, version and dedup keys (not its notifications), or null if it does not exist. */
    private Keys keysOf(String bucketId) {
        Query keys = query(where("_id").is(bucketId));
        keys.fields().include("count", "version", "items.dedupKey");
        return mongo.findOne(keys, Keys.class, BUCKETS);
    }

    /**
     * Appends a recipient's history in order, up to a bucket at a time: each write fills the rest of the
     * newest bucket with {@code $push $each}, conditional on the count it read, or creates the next one.
     * Stops at the first write another writer got in before (the count moved, or the bucket was created
     * meanwhile) and returns how many of {@code history} it appended, so a caller that may race others
     * can look again at what is stored before going on. For notifications whose dedup keys are new (a
     * migration, a benchmark's preload): a key already in another bucket is refused by the unique index,
     * one repeated within a batch is not looked for.
     */
    int appendHistory(EmployeeId recipient, List<Item> history) {
        return MongoCalls.call("loading the history of " + recipient, () -> {
            NotificationFeedDocument feed = feedOf(recipient);
            long bucket = feed.lastBucket();
            int next = 0;
            while (next < history.size()) {
                String bucketId = bucketId(recipient, feed.epoch(), bucket);
                Counters counters = mongo.findById(bucketId, Counters.class, BUCKETS);
                int room = BUCKET_SIZE - (counters == null ? 0 : counters.count());
                if (room <= 0) {
                    bucket++;
                    mongo.updateFirst(query(where("_id").is(recipient.value())), new Update().max("lastBucket", bucket),
                            FEEDS);
                    continue;
                }
                List<Item> run = history.subList(next, Math.min(history.size(), next + room));
                int unread = (int) run.stream().filter(item -> item.readAt() == null).count();
                if (counters == null) {
                    try {
                        mongo.insert(new NotificationBucketDocument(bucketId, recipient.value(), feed.epoch(), bucket,
                                run.size(), unread, 1, List.copyOf(run)), BUCKETS);
                    } catch (DuplicateKeyException someoneElseFirst) {
                        return next;
                    }
                } else if (mongo.updateFirst(query(where("_id").is(bucketId).and("version").is(counters.version())),
                        new Update().push("items").each(run.toArray()).inc("count", run.size()).inc("unread", unread)
                                .inc("version", 1),
                        BUCKETS).getModifiedCount() == 0) {
                    return next;
                }
                next += run.size();
            }
            return next;
        });
    }

    /** The dedup keys stored in the recipient's feed. */
    Set<String> dedupKeysOf(EmployeeId recipient) {
        return MongoCalls.call("loading the dedup keys of " + recipient, () -> {
            Set<String> keys = new HashSet<>();
            existingFeed(recipient).ifPresent(feed -> {
                List<String> ids = LongStream.rangeClosed(0, feed.lastBucket())
                        .mapToObj(bucket -> bucketId(recipient, feed.epoch(), bucket)).toList();
                Query buckets = query(where("_id").in(ids));
                buckets.fields().include("items.dedupKey");
                mongo.find(buckets, Items.class, BUCKETS)
                        .forEach(bucket -> bucket.items().forEach(item -> keys.add(item.dedupKey())));
            });
            return keys;
        });
    }

    /** The recipient's feed, created with a random epoch if it has none yet (two creators: one wins). */
    private NotificationFeedDocument feedOf(EmployeeId recipient) {
        NotificationFeedDocument feed = mongo.findById(recipient.value(), NotificationFeedDocument.class, FEEDS);
        if (feed != null) {
            return feed;
        }
        NotificationFeedDocument fresh = new NotificationFeedDocument(recipient.value(),
                FeedPosition.epochFrom(random.nextInt()), 0, 0, 0, 0);
        try {
            return mongo.insert(fresh, FEEDS);
        } catch (DuplicateKeyException createdMeanwhile) {
            return mongo.findById(recipient.value(), NotificationFeedDocument.class, FEEDS);
        }
    }

    private Optional<NotificationFeedDocument> existingFeed(EmployeeId recipient) {
        return Optional.ofNullable(mongo.findById(recipient.value(), NotificationFeedDocument.class, FEEDS));
    }

    /** The notification stored under the draft's dedup key, in whichever bucket (the unique index finds it). */
    private Optional<Notification> findByDedupKey(NotificationDraft draft) {
        return Optional.ofNullable(mongo.findOne(query(where("items.dedupKey").is(draft.dedupKey())),
                NotificationBucketDocument.class, BUCKETS)).flatMap(bucket -> {
                    for (int index = 0; index < bucket.items().size(); index++) {
                        if (bucket.items().get(index).dedupKey().equals(draft.dedupKey())) {
                            return Optional.of(bucket.items().get(index).isRemoved()
                                    ? removedAt(draft, position(bucket.epoch(), bucket.bucket(), index))
                                    : notificationAt(bucket, index));
                        }
                    }
                    return Optional.empty();
                });
    }

    /** What a notification removed by retention was, for an append of the same draft again. */
    private static Notification removedAt(NotificationDraft draft, FeedPosition position) {
        return draft.withId(position.id()).markRead(draft.createdAt());
    }

    @Override
    public Optional<Notification> findById(EmployeeId recipient, NotificationId id) {
        return MongoCalls.call("loading notification " + id, () -> FeedPosition.of(id).flatMap(position -> {
            Query one = query(where("_id").is(bucketId(recipient, position)));
            one.fields().slice("items", index(position), 1);
            return Optional.ofNullable(mongo.findOne(one, Items.class, BUCKETS))
                    .filter(bucket -> bucket.items() != null && !bucket.items().isEmpty())
                    .filter(bucket -> !bucket.items().get(0).isRemoved())
                    .map(bucket -> NotificationMapper.toDomain(recipient, position, bucket.items().get(0)));
        }));
    }

    @Override
    public List<Notification> findPage(NotificationPageRequest request) {
        return MongoCalls.call("loading notifications of " + request.recipient(), () -> request.after() != null
                ? pageAfter(request) : pageBackwards(request));
    }

    /**
     * Oldest first after the cursor: the rest of the cursor's bucket, then the next bucket only if this one
     * was full when read (a bucket read not full has nothing after it yet, whatever lies in the next one).
     */
    private List<Notification> pageAfter(NotificationPageRequest request) {
        List<Notification> page = new ArrayList<>();
        Optional<FeedPosition> cursor = FeedPosition.of(request.after());
        if (cursor.isEmpty()) {
            return page;
        }
        long epoch = cursor.get().epoch();
        long bucket = cursor.get().place() / BUCKET_SIZE;
        int from = index(cursor.get()) + 1;
        long lastBucket = -1;
        while (page.size() <= request.limit()) {
            NotificationBucketDocument current = mongo.findById(bucketId(request.recipient(), epoch, bucket),
                    NotificationBucketDocument.class, BUCKETS);
            if (current == null) {
                // not written yet, or full and removed by retention: go on only if the feed goes on beyond it
                if (lastBucket < 0) {
                    lastBucket = existingFeed(request.recipient()).filter(feed -> feed.epoch() == epoch)
                            .map(NotificationFeedDocument::lastBucket).orElse(0L);
                }
                if (bucket >= lastBucket) {
                    return page;
                }
                bucket++;
                from = 0;
                continue;
            }
            for (int index = from; index < current.items().size() && page.size() <= request.limit(); index++) {
                addIfWanted(page, current, index, request);
            }
            if (current.items().size() < BUCKET_SIZE) {
                return page;
            }
            bucket++;
            from = 0;
        }
        return page;
    }

    /** Newest first, from the newest (or before the cursor) back to the feed's first bucket. */
    private List<Notification> pageBackwards(NotificationPageRequest request) {
        List<Notification> page = new ArrayList<>();
        long epoch;
        long bucket;
        int before;
        if (request.before() != null) {
            Optional<FeedPosition> cursor = FeedPosition.of(request.before());
            if (cursor.isEmpty()) {
                return page;
            }
            epoch = cursor.get().epoch();
            bucket = cursor.get().place() / BUCKET_SIZE;
            before = index(cursor.get());
        } else {
            Optional<NotificationFeedDocument> feed = existingFeed(request.recipient());
            if (feed.isEmpty()) {
                return page;
            }
            epoch = feed.get().epoch();
            bucket = feed.get().lastBucket();
            before = BUCKET_SIZE;
        }
        for (; bucket >= 0 && page.size() <= request.limit(); bucket--) {
            NotificationBucketDocument current = mongo.findById(bucketId(request.recipient(), epoch, bucket),
                    NotificationBucketDocument.class, BUCKETS);
            if (current != null) {
                for (int index = Math.min(before, current.items().size()) - 1;
                     index >= 0 && page.size() <= request.limit(); index--) {
                    addIfWanted(page, current, index, request);
                }
            }
            before = BUCKET_SIZE;
        }
        return page;
    }

    private static void addIfWanted(List<Notification> page, NotificationBucketDocument bucket, int index,
                                    NotificationPageRequest request) {
        Item item = bucket.items().get(index);
        if (!item.isRemoved() && (item.archivedAt() != null) == request.archived()
                && (!request.unreadOnly() || item.readAt() == null)) {
            page.add(notificationAt(bucket, index));
        }
    }

    /**
     * The sum of the counters of the feed's buckets from {@code unreadFrom} on, read by {@code _id}: no
     * counting on the way. Buckets before the first one with an unread notification that are full cannot
     * have one again, so the feed's {@code unreadFrom} is raised past them ({@code $max}: it never moves back),
     * and a feed whose owner reads stays one or two buckets to sum.
     */
    @Override
    public long countUnread(EmployeeId recipient) {
        return MongoCalls.call("counting unread notifications of " + recipient, () -> existingFeed(recipient)
                .map(feed -> {
                    List<Counters> counters = countersOf(recipient, feed);
                    skipReadBuckets(recipient, feed, counters);
                    return counters.stream().mapToLong(Counters::unread).sum();
                })
                .orElse(0L));
    }

    /**
     * Raises the feed's {@code unreadFrom} to its first bucket that is not both full and without unread
     * notifications in the inbox. Appends only go to buckets that are not full; what makes an old bucket
     * count unread again (marking unread, unarchiving) pins the feed around its write (see
     * {@link #changeItem}), and the raise is conditional on no pin and on the hint's version as read before
     * the counters were, so it never passes a bucket that is gaining an unread notification.
     */
    private void skipReadBuckets(EmployeeId recipient, NotificationFeedDocument feed, List<Counters> counters) {
        long first = feed.unreadFrom();
        for (Counters bucket : counters.stream().sorted(Comparator.comparingLong(Counters::bucket)).toList()) {
            if (bucket.bucket() != first || bucket.unread() > 0 || bucket.count() < BUCKET_SIZE) {
                break;
            }
            first++;
        }
        if (first > feed.unreadFrom() && feed.pins() == 0) {
            mongo.updateFirst(query(where("_id").is(recipient.value()).and("pins").is(0)
                    .and("hintVersion").is(feed.hintVersion())), new Update().max("unreadFrom", first), FEEDS);
        }
    }

    @Override
    public boolean markRead(EmployeeId recipient, NotificationId id, Instant at) {
        return changeItem(recipient, id, "marking notification " + id + " read", (item, index) -> item.readAt() != null
                ? null : new ItemChange(item.withReadAt(at), new Update().set("items." + index + ".readAt", Date.from(at))));
    }

    @Override
    public boolean markUnread(EmployeeId recipient, NotificationId id) {
        return changeItem(recipient, id, "marking notification " + id + " unread", (item, index) -> item.readAt() == null
                ? null : new ItemChange(item.withReadAt(null), new Update().unset("items." + index + ".readAt")));
    }

    @Override
    public boolean archive(EmployeeId recipient, NotificationId id, Instant at) {
        return changeItem(recipient, id, "archiving notification " + id, (item, index) -> item.archivedAt() != null
                ? null : new ItemChange(item.withArchivedAt(at),
                new Update().set("items." + index + ".archivedAt", Date.from(at))));
    }

    @Override
    public boolean unarchive(EmployeeId recipient, NotificationId id) {
        return changeItem(recipient, id, "unarchiving notification " + id, (item, index) -> item.archivedAt() == null
                ? null : new ItemChange(item.withArchivedAt(null), new Update().unset("items." + index + ".archivedAt")));
    }

    /** An item as a change leaves it, and the write that makes the change. */
    private record ItemChange(Item after, Update update) {
    }

    /** What to do to one item (at its index in the bucket), or null when it is as asked already. */
    @FunctionalInterface
    private interface Changer {
        ItemChange of(Item item, int index);
    }

    /**
     * Reads the item with its bucket's unread count and version, then changes it in one write conditional
     * on that version (read again if another write got in first), moving the bucket's unread count by what
     * the change does to "unread and in the inbox". The bucket's id names recipient and epoch, so another
     * recipient's id finds nothing. A change that makes an item of a full bucket with nothing unread count
     * again pins the feed's hint for its write, so no count raises {@code unreadFrom} past it meanwhile.
     */
    private boolean changeItem(EmployeeId recipient, NotificationId id, String what, Changer changer) {
        return MongoCalls.call(what, () -> FeedPosition.of(id).map(position -> {
            String bucketId = bucketId(recipient, position);
            int index = index(position);
            for (int round = 0; round < MAX_WRITE_ROUNDS; round++) {
                Query one = query(where("_id").is(bucketId));
                one.fields().include("count", "unread", "version").slice("items", index, 1);
                Slice found = mongo.findOne(one, Slice.class, BUCKETS);
                if (found == null || index >= found.count() || found.items().get(0).isRemoved()) {
                    return false;
                }
                Item item = found.items().get(0);
                ItemChange change = changer.of(item, index);
                if (change == null) {
                    return true;
                }
                Update update = change.update();
                int delta = (change.after().countsAsUnread() ? 1 : 0) - (item.countsAsUnread() ? 1 : 0);
                update.inc("version", 1);
                if (delta != 0) {
                    update.inc("unread", delta);
                }
                boolean pin = delta > 0 && found.count() >= BUCKET_SIZE && found.unread() == 0;
                if (pin) {
                    mongo.updateFirst(query(where("_id").is(recipient.value())), new Update()
                            .min("unreadFrom", position.place() / BUCKET_SIZE).inc("pins", 1).inc("hintVersion", 1), FEEDS);
                }
                try {
                    if (mongo.updateFirst(query(where("_id").is(bucketId).and("version").is(found.version())), update,
                            BUCKETS).getModifiedCount() == 1) {
                        return true;
                    }
                } finally {
                    if (pin) {
                        mongo.updateFirst(query(where("_id").is(recipient.value())),
                                new Update().inc("pins", -1).inc("hintVersion", 1), FEEDS);
                    }
                }
                Thread.yield();
            }
            throw new IllegalStateException(what + " did not get through in " + MAX_WRITE_ROUNDS + " rounds");
        }).orElse(false));
    }

    /**
     * Bucket by bucket, those whose counter says unread: each is read, and its unread items are set read
     * with its counter at zero in one write conditional on the version read (retried if it moved), so
     * each notification is counted as changed exactly once, whoever else marks at the same time.
     */
    @Override
    public long markAllRead(EmployeeId recipient, Instant at) {
        return MongoCalls.call("marking all notifications of " + recipient + " read", () -> {
            Optional<NotificationFeedDocument> feed = existingFeed(recipient);
            if (feed.isEmpty()) {
                return 0L;
            }
            long changed = 0;
            for (Counters counters : countersOf(recipient, feed.get())) {
                if (counters.unread() > 0) {
                    changed += markBucketRead(counters.id(), at);
                }
            }
            return changed;
        });
    }

    private int markBucketRead(String bucketId, Instant at) {
        for (int round = 0; round < MAX_WRITE_ROUNDS; round++) {
            NotificationBucketDocument bucket = mongo.findById(bucketId, NotificationBucketDocument.class, BUCKETS);
            if (bucket == null) {
                return 0;
            }
            Update update = new Update().set("unread", 0).inc("version", 1);
            int unread = 0;
            for (int index = 0; index < bucket.items().size(); index++) {
                if (bucket.items().get(index).countsAsUnread()) {
                    update.set("items." + index + ".readAt", Date.from(at));
                    unread++;
                }
            }
            if (unread == 0) {
                return 0;
            }
            if (mongo.updateFirst(query(where("_id").is(bucketId).and("version").is(bucket.version())), update, BUCKETS)
                    .getModifiedCount() == 1) {
                return unread;
            }
        }
        throw new IllegalStateException("Could not mark bucket " + bucketId + " read in " + MAX_WRITE_ROUNDS + " rounds");
    }

    /**
     * Retention, for the recovery sweep (off the request path: on the embedded store it scans the buckets).
     * In each bucket holding read notifications created before the cutoff, those become tombstones (their
     * place, dedup key and times kept, their content gone), in one write conditional on the bucket's version;
     * a full bucket with nothing but tombstones left is deleted. Unread notifications and counters are not
     * touched, and no place moves, so every cursor stays valid.
     */
    @Override
    public long removeReadCreatedBefore(Instant cutoff, int limit) {
        return MongoCalls.call("removing notifications read and created before " + cutoff, () -> {
            Query candidates = query(where("items").elemMatch(where("readAt").ne(null).and("createdAt").lt(cutoff)
                    .and("removed").ne(true))).limit(Math.max(1, limit / BUCKET_SIZE + 1));
            candidates.fields().include("_id");
            long removed = 0;
            for (Items candidate : mongo.find(candidates, Items.class, BUCKETS)) {
                removed += removeFrom(candidate.id(), cutoff);
                if (removed >= limit) {
                    break;
                }
            }
            return removed;
        });
    }

    private int removeFrom(String bucketId, Instant cutoff) {
        for (int round = 0; round < MAX_WRITE_ROUNDS; round++) {
            NotificationBucketDocument bucket = mongo.findById(bucketId, NotificationBucketDocument.class, BUCKETS);
            if (bucket == null) {
                return 0;
            }
            List<Integer> old = new ArrayList<>();
            int left = 0;
            for (int index = 0; index < bucket.items().size(); index++) {
                Item item = bucket.items().get(index);
                if (item.isRemoved()) {
                    continue;
                }
                if (item.readAt() != null && item.createdAt().isBefore(cutoff)) {
                    old.add(index);
                } else {
                    left++;
                }
            }
            if (old.isEmpty()) {
                return 0;
            }
            Query unchanged = query(where("_id").is(bucketId).and("version").is(bucket.version()));
            if (left == 0 && bucket.count() >= BUCKET_SIZE) {
                if (mongo.remove(unchanged, BUCKETS).getDeletedCount() == 1) {
                    return old.size();
                }
                continue;
            }
            Update tombstones = new Update().inc("version", 1);
            for (int index : old) {
                tombstones.set("items." + index + ".removed", true);
                for (String content : List.of("type", "title", "message", "leaveRequestId", "actorId", "actorName")) {
                    tombstones.unset("items." + index + "." + content);
                }
            }
            if (mongo.updateFirst(unchanged, tombstones, BUCKETS).getModifiedCount() == 1) {
                return old.size();
            }
        }
        throw new IllegalStateException("Could not remove old notifications from bucket " + bucketId);
    }

    /** The counters of the buckets that may hold unread notifications: from {@code unreadFrom} to the last. */
    private List<Counters> countersOf(EmployeeId recipient, NotificationFeedDocument feed) {
        List<String> ids = LongStream.rangeClosed(feed.unreadFrom(), feed.lastBucket())
                .mapToObj(bucket -> bucketId(recipient, feed.epoch(), bucket)).toList();
        Query counters = query(where("_id").in(ids));
        counters.fields().include("bucket", "count", "unread", "version");
        return mongo.find(counters, Counters.class, BUCKETS);
    }

    private static Notification notificationAt(NotificationBucketDocument bucket, int index) {
        return NotificationMapper.toDomain(new EmployeeId(bucket.recipientId()),
                position(bucket.epoch(), bucket.bucket(), index), bucket.items().get(index));
    }

    private static FeedPosition position(long epoch, long bucket, int index) {
        return new FeedPosition(epoch, bucket * BUCKET_SIZE + index);
    }

    private static int index(FeedPosition position) {
        return (int) (position.place() % BUCKET_SIZE);
    }

    private static String bucketId(EmployeeId recipient, FeedPosition position) {
        return bucketId(recipient, position.epoch(), position.place() / BUCKET_SIZE);
    }

    /** Recipient, epoch and bucket number: a bucket of another recipient or epoch has another id. */
    static String bucketId(EmployeeId recipient, long epoch, long bucket) {
        return recipient.value() + ":" + String.format("%08x", epoch) + ":" + bucket;
    }
}
