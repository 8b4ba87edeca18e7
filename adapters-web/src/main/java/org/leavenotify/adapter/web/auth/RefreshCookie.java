package org.leavenotify.adapter.web.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.leavenotify.application.auth.RefreshToken;
import org.springframework.http.ResponseCookie;

/**
 * The refresh token's cookie (../shared/CONTRACT.md, "Sessions"): {@code HttpOnly} so that no script reads it,
 * {@code SameSite=Strict} so that no other site sends it, {@code Secure} whenever the request came over HTTPS
 * (as the forwarded headers of a trusted proxy tell), and sent only to {@code /api/auth}.
 */
final class RefreshCookie {

    static final String NAME = "leavenotify_refresh";
    static final String PATH = "/api/auth";

    private RefreshCookie() {
    }

    /** The cookie holding {@code token} until it expires. */
    static String holding(RefreshToken token, HttpServletRequest request, Instant now) {
        Duration maxAge = Duration.between(now, token.expiresAt());
        return base(token.value(), request).maxAge(maxAge.isNegative() ? Duration.ZERO : maxAge).build().toString();
    }

    /** A cookie that removes the refresh cookie from the browser. */
    static String cleared(HttpServletRequest request) {
        return base("", request).maxAge(Duration.ZERO).build().toString();
    }

    /** The refresh token the request carries, if any (the last one, should a client send several). */
    static Optional<String> of(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        String found = null;
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (NAME.equals(cookie.getName()) && !cookie.getValue().isBlank()) {
                    found = cookie.getValue();
                }
            }
        }
        return Optional.ofNullable(found);
    }

    private static ResponseCookie.ResponseCookieBuilder base(String value, HttpServletRequest request) {
        return ResponseCookie.from(NAME, value).httpOnly(true).secure(request.isSecure()).sameSite("Strict").path(PATH);
    }
}
