package org.leavenotify.domain.leave;

import java.time.Instant;

/**
 * What was done to chase a request that waits for its decision, each done once: when its decider was
 * reminded, when it went up to the decider's manager (or HR), when HR was told it had started undecided
 * (or, for leave asked for on or after its first day, when it was asked for: it never waited for that day).
 * {@code null} for what has not happened.
 */
public record FollowUps(Instant remindedAt, Instant escalatedAt, Instant startedUndecidedAt) {

    public static final FollowUps NONE = new FollowUps(null, null, null);

    FollowUps reminded(Instant at) {
        return new FollowUps(at, escalatedAt, startedUndecidedAt);
    }

    FollowUps escalated(Instant at) {
        return new FollowUps(remindedAt == null ? at : remindedAt, at, startedUndecidedAt);
    }

    FollowUps startedUndecided(Instant at) {
        return new FollowUps(remindedAt, escalatedAt, at);
    }
}
