package org.leavenotify.adapter.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Optional;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.JwtParser;
import io.jsonwebtoken.Jwts;
import org.leavenotify.application.notification.Unsubscription;
import org.leavenotify.application.notification.port.out.UnsubscribeTokensPort;
import org.leavenotify.domain.notification.NotificationType;
import org.leavenotify.domain.organisation.EmployeeId;

/**
 * Unsubscribe tokens as JWTs signed with the access tokens' keys (rotation included), but with an audience of
 * their own ({@value #AUDIENCE}) and a kind claim: the access-token check requires the API's audience, so an
 * unsubscribe token is no pass, and an access token is no unsubscribe token. They expire after
 * {@link #LIFETIME}, so an old e-mail's link stops working; the settings page in the app always does.
 */
final class JwtUnsubscribeTokens implements UnsubscribeTokensPort {

    static final String AUDIENCE = "leave-notify-unsubscribe";
    static final Duration LIFETIME = Duration.ofDays(60);
    private static final String KIND_CLAIM = "kind";

    private final SigningKeys keys;
    private final String issuer;
    private final Clock clock;
    private final JwtParser parser;

    JwtUnsubscribeTokens(SigningKeys keys, JwtProperties properties, Clock clock) {
        this.keys = keys;
        this.issuer = properties.issuer();
        this.clock = clock;
        this.parser = keys.parser(clock)
                .requireIssuer(issuer)
                .requireAudience(AUDIENCE)
                .build();
    }

    @Override
    public String issue(EmployeeId employee, NotificationType type) {
        Instant issuedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        return Jwts.builder()
                .header().keyId(keys.signingId()).and()
                .issuer(issuer)
                .audience().single(AUDIENCE)
                .subject(employee.value())
                .claim(KIND_CLAIM, type.name())
                .issuedAt(Date.from(issuedAt))
                .expiration(Date.from(issuedAt.plus(LIFETIME)))
                .signWith(keys.signing(), Jwts.SIG.HS256)
                .compact();
    }

    @Override
    public Optional<Unsubscription> verify(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        try {
            Claims claims = parser.parseSignedClaims(token.strip()).getPayload();
            String kind = claims.get(KIND_CLAIM, String.class);
            if (claims.getSubject() == null || claims.getSubject().isBlank() || kind == null) {
                return Optional.empty();
            }
            return Optional.of(new Unsubscription(new EmployeeId(claims.getSubject()), NotificationType.valueOf(kind)));
        } catch (JwtException | IllegalArgumentException notOurs) {
            return Optional.empty();
        }
    }
}
