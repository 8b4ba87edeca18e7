package org.leavenotify.domain.notification;

import java.util.Optional;

/**
 * Where a notification stands in its recipient's feed: the feed's epoch and the notification's place in
 * it (0, 1, 2, … in the order the notifications became visible). The store assigns the place in the same
 * write that makes the notification visible, so places have no gap a reader could fall into. The epoch
 * is chosen when the feed is created; a cursor from another epoch (a feed rebuilt or migrated since) is
 * not a place in this feed.
 *
 * <p>The public id of a notification encodes its position: 8 hex digits of epoch, then 16 of place. Ids
 * of one feed therefore sort by place as strings, which is what the contract promises clients.
 */
public record FeedPosition(long epoch, long place) {

    private static final long MAX_EPOCH = 0xFFFF_FFFFL;

    public FeedPosition {
        if (epoch < 0 || epoch > MAX_EPOCH) {
            throw new IllegalArgumentException("a feed epoch is 32 bits: " + epoch);
        }
        if (place < 0) {
            throw new IllegalArgumentException("a feed place is not negative: " + place);
        }
    }

    /** The position an id encodes; none for an id no store gives (a place beyond 2^63 - 1). */
    public static Optional<FeedPosition> of(NotificationId id) {
        String value = id.value();
        long place = Long.parseUnsignedLong(value.substring(8), 16);
        if (place < 0) {
            return Optional.empty();
        }
        return Optional.of(new FeedPosition(Long.parseLong(value.substring(0, 8), 16), place));
    }

    /** The id of the notification at this position. */
    public NotificationId id() {
        return new NotificationId(String.format("%08x%016x", epoch, place));
    }

    /** A random epoch for a new feed, from any source of 32 random bits. */
    public static long epochFrom(int randomBits) {
        return randomBits & MAX_EPOCH;
    }
}
