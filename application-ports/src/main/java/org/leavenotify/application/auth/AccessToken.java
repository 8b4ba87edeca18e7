package org.leavenotify.application.auth;

import java.time.Instant;

import org.leavenotify.domain.shared.Require;

/** A signed bearer token and when it stops being accepted. */
public record AccessToken(String value, Instant expiresAt) {

    public AccessToken {
        Require.text(value, "token");
        Require.present(expiresAt, "expiry");
    }

    @Override
    public String toString() {
        return "AccessToken[expiresAt=" + expiresAt + "]";
    }
}
