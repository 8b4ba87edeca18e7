package org.leavenotify.adapter.web.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.leavenotify.application.auth.AuthenticationFailed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Failed logins, refused bearer tokens and login limits exceeded: logged with the username (for logins)
 * and the remote address, and counted. Never logged: passwords, tokens, request bodies. What the client
 * chose (usernames, paths) is shortened and stripped of control characters so that nobody can forge a
 * log line.
 */
public final class WebSecurityAudit {

    static final String AUTH_FAILURES = "leavenotify.auth.failures";
    static final String LIMIT_VIOLATIONS = "leavenotify.limits.violations";

    private static final Logger LOG = LoggerFactory.getLogger(WebSecurityAudit.class);
    private static final int MAX_LOGGED_VALUE = 80;

    private static final long ADDRESS_LOG_INTERVAL_NANOS = java.time.Duration.ofMinutes(1).toNanos();
    private static final int MAX_ADDRESSES_REMEMBERED = 10_000;

    private final MeterRegistry meters;
    /** When each address last had its throttled logins logged: one line a minute per address at most. */
    private final java.util.Map<String, Long> addressLogged = new java.util.concurrent.ConcurrentHashMap<>();

    WebSecurityAudit(MeterRegistry meters) {
        this.meters = meters;
    }

    /**
     * A login refused by the use case: a wrong password (logged, counted), a username locked for this
     * address (logged, counted), or an address that failed too often (counted as a limit exceeded, logged
     * once a minute per address).
     */
    public void loginRefused(String username, String remote, AuthenticationFailed.Reason reason) {
        if (reason == AuthenticationFailed.Reason.TOO_MANY_FAILURES_FROM_ADDRESS) {
            loginLimitExceeded(remote, firstThisMinute(remote));
            return;
        }
        String logged = reason == AuthenticationFailed.Reason.LOCKED ? "LOCKED" : "BAD_CREDENTIALS";
        loginFailed(username, remote, logged);
    }

    void loginFailed(String username, String remote, String reason) {
        LOG.info("Login failed: reason={} username={} remote={}", reason, clean(username), remote);
        count("login", reason);
    }

    private boolean firstThisMinute(String remote) {
        if (addressLogged.size() > MAX_ADDRESSES_REMEMBERED) {
            addressLogged.clear();
        }
        long now = System.nanoTime();
        Long previous = addressLogged.get(remote);
        if (previous != null && now - previous < ADDRESS_LOG_INTERVAL_NANOS) {
            return false;
        }
        return previous == null ? addressLogged.putIfAbsent(remote, now) == null
                : addressLogged.replace(remote, previous, now);
    }

    void tokenRefused(String method, String path, String remote, String reason) {
        LOG.info("Bearer token refused: reason={} request={} {} remote={}", reason, clean(method), clean(path), remote);
        count("rest", reason);
    }

    void loginLimitExceeded(String remote, boolean log) {
        if (log) {
            LOG.warn("Limit exceeded: limit=login-failures-per-address action=refused remote={}", remote);
        }
        Counter.builder(LIMIT_VIOLATIONS).description("Limits exceeded, by limit and what was done")
                .tag("limit", "login-failures-per-address").tag("action", "refused").register(meters).increment();
    }

    private void count(String channel, String reason) {
        Counter.builder(AUTH_FAILURES).description("Refused logins and refused bearer tokens")
                .tag("channel", channel).tag("reason", reason).register(meters).increment();
    }

    /** At most 80 characters, control characters replaced: client input in a log line stays on its line. */
    static String clean(String value) {
        if (value == null) {
            return "-";
        }
        String shortened = value.length() > MAX_LOGGED_VALUE ? value.substring(0, MAX_LOGGED_VALUE) + "…" : value;
        StringBuilder cleaned = new StringBuilder(shortened.length());
        shortened.codePoints().forEach(c -> cleaned.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return cleaned.toString();
    }
}
