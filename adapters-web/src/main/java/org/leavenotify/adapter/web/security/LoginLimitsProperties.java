package org.leavenotify.adapter.web.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The limit on failed logins per remote address, under {@code leavenotify.limits.*} (the lock of a username
 * for one address is {@code leavenotify.login.*}); the login use case's throttle applies both;
 * docs/reliability.md says why.
 *
 * @param loginFailuresPerAddress how many failed logins one address may make
 */
@ConfigurationProperties(prefix = "leavenotify.limits")
public record LoginLimitsProperties(@DefaultValue LoginFailures loginFailuresPerAddress) {

    /**
     * Failed logins (and wrong current passwords) per remote address, of any username, counted in the store
     * per fixed window: beyond {@code max} in one window every login and current-password check from that
     * address is answered 429 with {@code Retry-After} until the window ends, without checking a password.
     *
     * @param max    failed attempts an address may make in one window
     * @param period the length of a window
     */
    public record LoginFailures(@DefaultValue("20") int max, @DefaultValue("5m") Duration period) {

        public LoginFailures {
            if (max < 1) {
                throw new IllegalArgumentException("leavenotify.limits.login-failures-per-address.max must be at least 1");
            }
            if (period == null || period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("leavenotify.limits.login-failures-per-address.period must be positive");
            }
        }
    }
}
