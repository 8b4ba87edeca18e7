package org.leavenotify.application.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.leavenotify.application.auth.port.out.FailedAttemptsPort;

/**
 * Slows down password guessing without handing anyone a way to lock another person out (OWASP
 * Authentication Cheat Sheet; NIST SP 800-63B 5.2.2). Two limits, counted in the store so that every node
 * sees them:
 * <ul>
 *   <li><b>per account and address</b>: {@code maxFailures} wrong passwords for one account from one
 *       address within a window of {@code lockDuration} lock that account <em>for that address</em> until the
 *       window ends. From any other address its owner logs in as usual: failures elsewhere never make the
 *       right password fail;</li>
 *   <li><b>per address</b>: {@code maxAddressFailures} failures of any account from one address within
 *       {@code addressWindow} stop every check from that address until the window ends (a guesser spraying
 *       one password over many accounts).</li>
 * </ul>
 * Both refusals come before the password is looked at. A success clears its account-and-address count.
 * Windows are fixed (aligned on the epoch), so the count is one atomic increment in the store; at a
 * window's edge a guesser may get up to twice the limit in a short time, and no more on average. Nodes
 * whose clocks disagree by seconds may pick neighbouring windows for a moment; the limits hold on average.
 *
 * <p>The same throttle guards the current-password check of a password change, under its own keys.
 */
public final class LoginThrottle {

    public static final int DEFAULT_MAX_FAILURES = 5;
    public static final Duration DEFAULT_LOCK = Duration.ofMinutes(5);
    public static final int DEFAULT_MAX_ADDRESS_FAILURES = 20;
    public static final Duration DEFAULT_ADDRESS_WINDOW = Duration.ofMinutes(5);

    private final FailedAttemptsPort attempts;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockDuration;
    private final int maxAddressFailures;
    private final Duration addressWindow;

    /** Why a check was refused before the password was looked at, and for how long. */
    public record Refusal(AuthenticationFailed.Reason reason, Duration retryAfter) {

        AuthenticationFailed failure() {
            return new AuthenticationFailed(reason, retryAfter);
        }
    }

    public LoginThrottle(FailedAttemptsPort attempts, Clock clock, int maxFailures, Duration lockDuration,
                         int maxAddressFailures, Duration addressWindow) {
        if (maxFailures < 1 || maxAddressFailures < 1) {
            throw new IllegalArgumentException("the failure limits must be at least 1");
        }
        if (!positive(lockDuration) || !positive(addressWindow)) {
            throw new IllegalArgumentException("the lock duration and the address window must be positive");
        }
        this.attempts = attempts;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockDuration = lockDuration;
        this.maxAddressFailures = maxAddressFailures;
        this.addressWindow = addressWindow;
    }

    public LoginThrottle(FailedAttemptsPort attempts, Clock clock) {
        this(attempts, clock, DEFAULT_MAX_FAILURES, DEFAULT_LOCK, DEFAULT_MAX_ADDRESS_FAILURES, DEFAULT_ADDRESS_WINDOW);
    }

    /** A login for {@code username} from {@code address}: refused now, or empty when it may be checked. */
    public Optional<Refusal> checkLogin(String username, String address) {
        return check(loginKey(username, address), address);
    }

    public void loginFailed(String username, String address) {
        failed(loginKey(username, address), address);
    }

    public void loginSucceeded(String username, String address) {
        Instant now = clock.instant();
        attempts.forget(loginKey(username, address), start(now, lockDuration));
    }

    /** A current-password check of {@code account} (an employee id) from {@code address}. */
    public Optional<Refusal> checkPassword(String account, String address) {
        return check(passwordKey(account, address), address);
    }

    public void passwordCheckFailed(String account, String address) {
        failed(passwordKey(account, address), address);
    }

    public void passwordCheckSucceeded(String account, String address) {
        attempts.forget(passwordKey(account, address), start(clock.instant(), lockDuration));
    }

    /** Removes the counts of windows that have ended; the recovery sweep calls it. */
    public int forgetEndedWindows() {
        return attempts.removeEndedBy(clock.instant());
    }

    private Optional<Refusal> check(String key, String address) {
        Instant now = clock.instant();
        Instant addressStart = start(now, addressWindow);
        if (attempts.failures(addressKey(address), addressStart) >= maxAddressFailures) {
            return Optional.of(new Refusal(AuthenticationFailed.Reason.TOO_MANY_FAILURES_FROM_ADDRESS,
                    wait(now, addressStart.plus(addressWindow))));
        }
        Instant start = start(now, lockDuration);
        if (attempts.failures(key, start) >= maxFailures) {
            return Optional.of(new Refusal(AuthenticationFailed.Reason.LOCKED, wait(now, start.plus(lockDuration))));
        }
        return Optional.empty();
    }

    private void failed(String key, String address) {
        Instant now = clock.instant();
        Instant start = start(now, lockDuration);
        attempts.recordFailure(key, start, start.plus(lockDuration));
        Instant addressStart = start(now, addressWindow);
        attempts.recordFailure(addressKey(address), addressStart, addressStart.plus(addressWindow));
    }

    private static Instant start(Instant now, Duration window) {
        long size = window.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), size) * size);
    }

    private static Duration wait(Instant now, Instant end) {
        Duration wait = Duration.between(now, end);
        return wait.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : wait;
    }

    /** Usernames are compared case-insensitively here, so that changing case buys no more attempts. */
    private static String loginKey(String username, String address) {
        return "login|" + username.toLowerCase(Locale.ROOT) + "|" + address;
    }

    private static String passwordKey(String account, String address) {
        return "password|" + account + "|" + address;
    }

    private static String addressKey(String address) {
        return "address|" + address;
    }

    private static boolean positive(Duration duration) {
        return duration != null && !duration.isNegative() && !duration.isZero();
    }
}
