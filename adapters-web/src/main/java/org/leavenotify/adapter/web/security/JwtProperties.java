package org.leavenotify.adapter.web.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How access tokens are signed and checked, under {@code leavenotify.jwt.*}.
 *
 * @param secret    the HS256 key, base64-encoded, at least 256 bits (32 bytes); bootstrap binds it to the
 *                  {@code JWT_SECRET} environment variable. Empty: a random key is generated at start-up
 *                  (refused under the {@code prod} profile)
 * @param previousSecrets keys that signed earlier tokens, still accepted for verifying them (key rotation:
 *                  docs/web.md, "Rotating the signing key"); bootstrap binds them to {@code JWT_PREVIOUS_SECRETS},
 *                  comma-separated. Each must be as strong as the secret
 * @param keyFile   where the key is kept when no secret is configured: read if the file exists, else made
 *                  once at random and written there readable by its owner only, so that tokens survive a
 *                  restart; the embedded default sets it to the file {@code jwt-signing-key} of its data directory. Unset: a random
 *                  key is made at each start-up
 * @param issuer    the {@code iss} claim written and required
 * @param audience  the {@code aud} claim written and required
 * @param lifetime  how long a token is valid after it is issued
 * @param clockSkew how much clock difference is tolerated when checking {@code exp} and {@code nbf}
 * @param verifiedCacheSize how many tokens that passed verification are remembered, so that the next
 *                  request with the same token skips parsing and the signature check (its expiry is
 *                  still checked each time); 0 verifies every request in full
 */
@ConfigurationProperties("leavenotify.jwt")
public record JwtProperties(String secret,
                            java.util.List<String> previousSecrets,
                            java.nio.file.Path keyFile,
                            @DefaultValue("leave-notify") String issuer,
                            @DefaultValue("leave-notify-api") String audience,
                            @DefaultValue("15m") Duration lifetime,
                            @DefaultValue("30s") Duration clockSkew,
                            @DefaultValue("10000") int verifiedCacheSize) {

    public JwtProperties {
        previousSecrets = previousSecrets == null ? java.util.List.of()
                : previousSecrets.stream().filter(k -> k != null && !k.isBlank()).map(String::strip).toList();
        if (issuer == null || issuer.isBlank()) {
            throw new IllegalArgumentException("leavenotify.jwt.issuer must not be blank");
        }
        if (audience == null || audience.isBlank()) {
            throw new IllegalArgumentException("leavenotify.jwt.audience must not be blank");
        }
        if (lifetime == null || lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("leavenotify.jwt.lifetime must be positive");
        }
        if (clockSkew == null || clockSkew.isNegative()) {
            throw new IllegalArgumentException("leavenotify.jwt.clock-skew must not be negative");
        }
        if (verifiedCacheSize < 0) {
            throw new IllegalArgumentException("leavenotify.jwt.verified-cache-size must not be negative");
        }
    }

    public boolean hasSecret() {
        return secret != null && !secret.isBlank();
    }

    /** Never prints the secret. */
    @Override
    public String toString() {
        return "JwtProperties[secret=" + (hasSecret() ? "(set)" : "(none)") + ", previousSecrets="
                + previousSecrets.size() + ", keyFile=" + keyFile + ", issuer=" + issuer + ", audience="
                + audience + ", lifetime=" + lifetime + ", clockSkew=" + clockSkew + ", verifiedCacheSize="
                + verifiedCacheSize + "]";
    }
}
