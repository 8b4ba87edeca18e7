package org.leavenotify.application.auth;

import java.time.Instant;

import org.leavenotify.domain.shared.Require;

/** An opaque refresh token for the client to keep (in a cookie) and present once, until {@code expiresAt}. */
public record RefreshToken(String value, Instant expiresAt) {

    public RefreshToken {
        Require.text(value, "refresh token");
        Require.present(expiresAt, "expiry");
    }

    @Override
    public String toString() {
        return "RefreshToken[expiresAt=" + expiresAt + "]";
    }
}
