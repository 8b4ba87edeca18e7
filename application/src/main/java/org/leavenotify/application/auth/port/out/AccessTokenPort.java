package org.leavenotify.application.auth.port.out;

import java.util.Set;

import org.leavenotify.application.auth.AccessToken;
import org.leavenotify.domain.leave.EmployeeId;
import org.leavenotify.domain.leave.Role;

/**
 * Issues and verifies signed access tokens. REST and WebSocket both verify through this port, so a
 * token means the same thing on every channel.
 */
public interface AccessTokenPort {

    AccessToken issue(EmployeeId subject, Set<Role> roles);

    /**
     * Verifies signature, algorithm, issuer, audience and validity period. Refused with
     * {@link org.leavenotify.application.auth.AuthenticationFailed} naming what is wrong.
     */
    VerifiedToken verify(String token);

    /** What a valid token says. */
    record VerifiedToken(EmployeeId subject, Set<Role> roles, java.time.Instant expiresAt) {
    }
}
