package org.leavenotify.application.auth.port.in;

import org.leavenotify.application.auth.AuthenticatedUser;

/**
 * Turns a bearer token into the user it speaks for, on every channel (REST and STOMP). Refused with
 * {@link org.leavenotify.application.auth.AuthenticationFailed} for a missing, malformed, forged,
 * unsigned, expired or not-yet-valid token, a revoked one (its person's sessions were ended since it was
 * issued), or a user who is no longer active.
 */
public interface AuthenticateAccessTokenUseCase {

    AuthenticatedUser authenticate(String bearerToken);

    /**
     * Whether what {@code user} was authenticated as still holds: the person is active and their sessions
     * have not been ended since. For sessions that outlive a request (STOMP), checked now and then.
     */
    boolean stillValid(AuthenticatedUser user);
}
