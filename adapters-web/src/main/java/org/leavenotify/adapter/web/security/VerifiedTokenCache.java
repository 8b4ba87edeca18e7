package org.leavenotify.adapter.web.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.leavenotify.application.auth.AccessToken;
import org.leavenotify.application.auth.AuthenticationFailed;
import org.leavenotify.application.auth.AuthenticationFailed.Reason;
import org.leavenotify.application.auth.port.out.AccessTokenPort;
import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.organisation.Role;

/**
 * Remembers the tokens that passed verification, so that the next request with the same token skips
 * parsing and the signature check: a browser sends one token with every call for up to an hour, and the
 * full check was a fifth of the server's CPU per leave action (docs/performance.md, "Tuning").
 *
 * <p>What stays safe: only tokens that passed every check are remembered, keyed by the whole token text
 * (signature included), so a token that differs in a single character is verified in full; the expiry is
 * checked on every use, with the same clock skew; refusals are never remembered. Whether the employee is
 * still active is not a property of the token and is checked by the application on every request, as
 * before. A new signing key means a new adapter and an empty cache. Bounded in size (Caffeine), and no
 * entry outlives the longest a token can be valid.
 */
final class VerifiedTokenCache implements AccessTokenPort {

    private final AccessTokenPort verifier;
    private final Duration clockSkew;
    private final Clock clock;
    private final Cache<String, VerifiedToken> verified;

    VerifiedTokenCache(AccessTokenPort verifier, JwtProperties properties, Clock clock) {
        this.verifier = verifier;
        this.clockSkew = properties.clockSkew();
        this.clock = clock;
        this.verified = Caffeine.newBuilder()
                .maximumSize(properties.verifiedCacheSize())
                .expireAfterWrite(properties.lifetime().plus(properties.clockSkew()))
                .build();
    }

    @Override
    public AccessToken issue(EmployeeId subject, Set<Role> roles, long generation) {
        return verifier.issue(subject, roles, generation);
    }

    @Override
    public VerifiedToken verify(String token) {
        if (token == null || token.isBlank()) {
            return verifier.verify(token);
        }
        String key = token.strip();
        VerifiedToken known = verified.getIfPresent(key);
        if (known == null) {
            VerifiedToken checked = verifier.verify(key);
            verified.put(key, checked);
            return checked;
        }
        if (clock.instant().isAfter(known.expiresAt().plus(clockSkew))) {
            verified.invalidate(key);
            throw new AuthenticationFailed(Reason.EXPIRED_TOKEN);
        }
        return known;
    }
}
