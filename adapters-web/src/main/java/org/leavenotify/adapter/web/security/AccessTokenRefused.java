package org.leavenotify.adapter.web.security;

import org.leavenotify.application.auth.AuthenticationFailed;
import org.springframework.security.core.AuthenticationException;

/** A bearer token the application refused, carried to the entry point that answers 401. */
final class AccessTokenRefused extends AuthenticationException {

    private final AuthenticationFailed.Reason reason;

    AccessTokenRefused(AuthenticationFailed failure) {
        super(failure.getMessage(), failure);
        this.reason = failure.reason();
    }

    AuthenticationFailed.Reason reason() {
        return reason;
    }
}
