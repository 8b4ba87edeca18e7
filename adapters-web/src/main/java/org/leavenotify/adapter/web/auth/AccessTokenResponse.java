package org.leavenotify.adapter.web.auth;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/** A bearer token to send as {@code Authorization: Bearer <accessToken>} until {@code expiresAt}. */
record AccessTokenResponse(@Schema(description = "a signed JWT (HS256)") String accessToken,
                           @Schema(example = "Bearer") String tokenType,
                           Instant expiresAt) {

    static final String BEARER = "Bearer";

    @Override
    public String toString() {
        return "AccessTokenResponse[expiresAt=" + expiresAt + "]";
    }
}
