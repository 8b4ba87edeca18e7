package org.leavenotify.adapter.websocket.testapp;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.leavenotify.application.auth.AccessToken;
import org.leavenotify.application.auth.AuthenticationFailed;
import org.leavenotify.application.auth.port.out.AccessTokenPort;
import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.organisation.Role;

/**
 * A look-up table standing in for the JWT adapter, which is tested on its own: tokens it issued verify
 * as their subject; a token that is the name of an {@link AuthenticationFailed.Reason} is refused with
 * that reason, as the JWT adapter refuses a token with that problem; anything else is malformed.
 */
public final class FakeAccessTokens implements AccessTokenPort {

    private final Clock clock;
    private final Map<String, VerifiedToken> issued = new ConcurrentHashMap<>();

    public FakeAccessTokens(Clock clock) {
        this.clock = clock;
    }

    @Override
    public AccessToken issue(EmployeeId subject, Set<Role> roles, long generation) {
        return issue(subject, roles, Duration.ofHours(1), generation);
    }

    public AccessToken issue(EmployeeId subject, Set<Role> roles, Duration validFor) {
        return issue(subject, roles, validFor, 0);
    }

    public AccessToken issue(EmployeeId subject, Set<Role> roles, Duration validFor, long generation) {
        String value = "token-" + UUID.randomUUID();
        Instant expiresAt = clock.instant().plus(validFor);
        issued.put(value, new VerifiedToken(subject, Set.copyOf(roles), expiresAt, generation));
        return new AccessToken(value, expiresAt);
    }

    /** A token whose verification fails with {@code reason}. */
    public static String refusedWith(AuthenticationFailed.Reason reason) {
        return reason.name();
    }

    @Override
    public VerifiedToken verify(String token) {
        VerifiedToken verified = issued.get(token);
        if (verified != null) {
            return verified;
        }
        for (AuthenticationFailed.Reason reason : AuthenticationFailed.Reason.values()) {
            if (reason.name().equals(token)) {
                throw new AuthenticationFailed(reason);
            }
        }
        throw new AuthenticationFailed(AuthenticationFailed.Reason.MALFORMED_TOKEN);
    }
}
