package org.leavenotify.application.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Locks a username for a while after too many failed logins in a row: by default 5 failures lock it
 * for 5 minutes. A successful login clears the count. Usernames are compared case-insensitively here
 * so that changing case does not buy more attempts.
 */
public final class LoginThrottle {

    public static final int DEFAULT_MAX_FAILURES = 5;
    public static final Duration DEFAULT_LOCK = Duration.ofMinutes(5);
    private static final int MAX_TRACKED = 100_000;

    private record Failures(int count, Instant lockedUntil) {
    }

    private final Clock clock;
    private final int maxFailures;
    private final Duration lockDuration;
    private final ConcurrentHashMap<String, Failures> failures = new ConcurrentHashMap<>();

    public LoginThrottle(Clock clock) {
        this(clock, DEFAULT_MAX_FAILURES, DEFAULT_LOCK);
    }

    public LoginThrottle(Clock clock, int maxFailures, Duration lockDuration) {
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockDuration = lockDuration;
    }

    public boolean isLocked(String username) {
        return lockRemaining(username).isPresent();
    }

    /** How long {@code username} stays locked, or empty when it is not locked. */
    public Optional<Duration> lockRemaining(String username) {
        Failures current = failures.get(key(username));
        if (current == null || current.lockedUntil() == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return now.isBefore(current.lockedUntil())
                ? Optional.of(Duration.between(now, current.lockedUntil())) : Optional.empty();
    }

    public void recordFailure(String username) {
        if (failures.size() > MAX_TRACKED) {
            Instant now = clock.instant();
            failures.values().removeIf(f -> f.lockedUntil() == null || !now.isBefore(f.lockedUntil()));
        }
        failures.compute(key(username), (name, current) -> {
            Instant now = clock.instant();
            int count = current == null || (current.lockedUntil() != null && !now.isBefore(current.lockedUntil()))
                    ? 1 : current.count() + 1;
            return new Failures(count, count >= maxFailures ? now.plus(lockDuration) : null);
        });
    }

    public void recordSuccess(String username) {
        failures.remove(key(username));
    }

    private static String key(String username) {
        return username.toLowerCase(Locale.ROOT);
    }
}
