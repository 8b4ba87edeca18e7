package org.leavenotify.application.auth;

import org.leavenotify.domain.shared.Require;

/** What signing in or renewing a session gives: a short-lived access token and the refresh token that renews it. */
public record SignedIn(AccessToken accessToken, RefreshToken refreshToken) {

    public SignedIn {
        Require.present(accessToken, "accessToken");
        Require.present(refreshToken, "refreshToken");
    }
}
