package org.leavenotify.adapter.web.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The limit on failed logins per remote address, under {@code leavenotify.limits.*} (the per-username
 * lock is {@code leavenotify.login.*}); docs/reliability.md says why.
 *
 * @param loginFailuresPerAddress how many failed logins one address may make
 */
@ConfigurationProperties(prefix = "leavenotify.limits")
public record LoginLimitsProperties(@DefaultValue LoginFailures loginFailuresPerAddress) {

    /**
     * A token bucket per remote address: {@code max} failed logins, then one more every
     * {@code period / max}. While it is empty every login from that address is answered 429 with
     * {@code Retry-After}, without checking the password.
     *
     * @param max    failed logins an address may make at once
     * @param period how long the bucket takes to fill up again
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
