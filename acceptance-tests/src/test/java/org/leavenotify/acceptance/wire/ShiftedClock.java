package org.leavenotify.acceptance.wire;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The application's clock in the over-the-wire suite: the system's (in milliseconds, as the application's
 * own), moved on by whole days when a scenario lets days pass, and back to the system's for the next one.
 */
final class ShiftedClock extends Clock {

    private final Clock system = Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
    private volatile Duration shift = Duration.ZERO;

    void moveOn(Duration duration) {
        shift = shift.plus(duration);
    }

    void reset() {
        shift = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(system.withZone(zone), shift);
    }

    @Override
    public Instant instant() {
        return system.instant().plus(shift);
    }
}
