package org.leavenotify.application.auth.port.in;

import org.leavenotify.application.auth.AuthenticatedUser;

/**
 * Turns a bearer token into the user it speaks for, on every channel (REST and STOMP). Refused with
 * {@link org.leavenotify.application.auth.AuthenticationFailed} for a missing, malformed, forged,
 * unsigned, expired or not-yet-valid token, or a user who is no longer active.
 */
public interface AuthenticateAccessTokenUseCase {

    AuthenticatedUser authenticate(String bearerToken);
}
