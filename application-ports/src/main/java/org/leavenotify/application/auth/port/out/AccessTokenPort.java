package org.leavenotify.application.auth.port.out;

import java.util.Set;

import org.leavenotify.application.auth.AccessToken;
import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.organisation.Role;

/**
 * Issues and verifies signed access tokens. REST and WebSocket both verify through this port, so a
 * token means the same thing on every channel.
 */
public interface AccessTokenPort {

    /**
     * A token for {@code subject} with {@code roles}, carrying the subject's session generation at issue
     * ({@link SessionGenerationsPort}): when the generation moves on, the token is revoked.
     */
    AccessToken issue(EmployeeId subject, Set<Role> roles, long generation);

    /** A token of generation 0 (someone whose sessions were never ended). */
    default AccessToken issue(EmployeeId subject, Set<Role> roles) {
        return issue(subject, roles, 0);
    }

    /**
     * Verifies signature, algorithm, issuer, audience and validity period. Refused with
     * {@link org.leavenotify.application.auth.AuthenticationFailed} naming what is wrong.
     */
    VerifiedToken verify(String token);

    /** What a valid token says; a token without a generation (issued before there were any) is of generation 0. */
    record VerifiedToken(EmployeeId subject, Set<Role> roles, java.time.Instant expiresAt, long generation) {

        public VerifiedToken(EmployeeId subject, Set<Role> roles, java.time.Instant expiresAt) {
            this(subject, roles, expiresAt, 0);
        }
    }
}
