package org.leavenotify.adapter.web.security;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Collection;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.crypto.SecretKey;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.ExpiredJwtException;
import io.jsonwebtoken.InvalidClaimException;
import io.jsonwebtoken.Jws;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.JwtParser;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.PrematureJwtException;
import io.jsonwebtoken.security.SecurityException;
import org.leavenotify.application.auth.AccessToken;
import org.leavenotify.application.auth.AuthenticationFailed;
import org.leavenotify.application.auth.AuthenticationFailed.Reason;
import org.leavenotify.application.auth.port.out.AccessTokenPort;
import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.organisation.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Access tokens as signed JWTs (RFC 7519), following the JWT best current practices (RFC 8725):
 * <ul>
 *   <li>one algorithm only, HS256, with a key of at least 256 bits; the parser knows no other algorithm,
 *       so {@code alg: none}, HS512, RS256 and friends are refused before any key is used;</li>
 *   <li>explicit typing: the header says {@code typ: at+jwt} (RFC 9068) and verification requires it;</li>
 *   <li>{@code iss} and {@code aud} are written and required; {@code exp}, {@code iat}, {@code sub} and
 *       {@code jti} are required; {@code exp} and {@code nbf} are checked with a small clock skew;</li>
 *   <li>a token issued in the future ({@code iat} later than now plus the skew) or living longer than this
 *       server issues tokens for ({@code exp - iat} beyond the configured lifetime plus the skew) is refused:
 *       such a token was not made by this server's rules, whoever holds the key;</li>
 *   <li>compressed payloads are refused;</li>
 *   <li>key rotation ({@link SigningKeys}): new tokens are signed with the newest key and name it in
 *       {@code kid}; tokens of the previous keys stay valid until they expire.</li>
 * </ul>
 * Each refusal names its {@link Reason} so that logs and clients can tell what was wrong.
 */
final class JwtAccessTokenAdapter implements AccessTokenPort {

    static final String TOKEN_TYPE = "at+jwt";
    static final String ROLES_CLAIM = "roles";
    /** The subject's session generation at issue; absent (tokens from before it existed) reads as 0. */
    static final String GENERATION_CLAIM = "gen";
    static final String ALGORITHM = "HS256";

    private static final JsonMapper JSON = JsonMapper.shared();

    private final SigningKeys keys;
    private final JwtProperties properties;
    private final Clock clock;
    private final JwtParser parser;

    JwtAccessTokenAdapter(SecretKey key, JwtProperties properties, Clock clock) {
        this(SigningKeys.single(key), properties, clock);
    }

    JwtAccessTokenAdapter(SigningKeys keys, JwtProperties properties, Clock clock) {
        this.keys = keys;
        this.properties = properties;
        this.clock = clock;
        this.parser = keys.parser(clock)
                .requireIssuer(properties.issuer())
                .requireAudience(properties.audience())
                .clockSkewSeconds(properties.clockSkew().toSeconds())
                .build();
    }

    @Override
    public AccessToken issue(EmployeeId subject, Set<Role> roles, long generation) {
        Instant issuedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant expiresAt = issuedAt.plus(properties.lifetime());
        String token = Jwts.builder()
                .header().type(TOKEN_TYPE).keyId(keys.signingId()).and()
                .issuer(properties.issuer())
                .audience().single(properties.audience())
                .subject(subject.value())
                .claim(ROLES_CLAIM, roles.stream().map(Role::name).sorted().toList())
                .claim(GENERATION_CLAIM, generation)
                .issuedAt(Date.from(issuedAt))
                .expiration(Date.from(expiresAt))
                .id(UUID.randomUUID().toString())
                .signWith(keys.signing(), Jwts.SIG.HS256)
                .compact();
        return new AccessToken(token, expiresAt);
    }

    @Override
    public VerifiedToken verify(String token) {
        if (token == null || token.isBlank()) {
            throw new AuthenticationFailed(Reason.MISSING_TOKEN);
        }
        Jws<Claims> jws = parse(token.strip());
        if (!TOKEN_TYPE.equalsIgnoreCase(jws.getHeader().getType())) {
            throw new AuthenticationFailed(Reason.MALFORMED_TOKEN);
        }
        Claims claims = jws.getPayload();
        if (claims.getExpiration() == null || claims.getIssuedAt() == null || isBlank(claims.getSubject())
                || isBlank(claims.getId())) {
            throw new AuthenticationFailed(Reason.MALFORMED_TOKEN);
        }
        Instant issuedAt = claims.getIssuedAt().toInstant();
        if (issuedAt.isAfter(clock.instant().plus(properties.clockSkew()))) {
            throw new AuthenticationFailed(Reason.NOT_YET_VALID_TOKEN);
        }
        if (claims.getExpiration().toInstant().isAfter(issuedAt.plus(properties.lifetime()).plus(properties.clockSkew()))) {
            throw new AuthenticationFailed(Reason.LIFETIME_TOO_LONG);
        }
        try {
            return new VerifiedToken(new EmployeeId(claims.getSubject()), roles(claims.get(ROLES_CLAIM)),
                    claims.getExpiration().toInstant(), generation(claims.get(GENERATION_CLAIM)));
        } catch (RuntimeException badClaim) {
            throw new AuthenticationFailed(Reason.MALFORMED_TOKEN, badClaim);
        }
    }

    private Jws<Claims> parse(String token) {
        checkAlgorithm(token);
        try {
            return parser.parseSignedClaims(token);
        } catch (ExpiredJwtException e) {
            throw new AuthenticationFailed(Reason.EXPIRED_TOKEN, e);
        } catch (PrematureJwtException e) {
            throw new AuthenticationFailed(Reason.NOT_YET_VALID_TOKEN, e);
        } catch (InvalidClaimException e) {
            throw new AuthenticationFailed(claimReason(e), e);
        } catch (SecurityException e) {
            throw new AuthenticationFailed(Reason.BAD_SIGNATURE, e);
        } catch (JwtException | IllegalArgumentException e) {
            // Includes UnsupportedJwtException: compressed payloads, unknown critical headers, JWEs.
            throw new AuthenticationFailed(Reason.MALFORMED_TOKEN, e);
        }
    }

    /**
     * Pins the algorithm before any key is used (RFC 8725, 3.1): {@code none} (in any case) or an empty
     * signature part is an unsigned token; any algorithm but HS256 is refused as a bad signature. The
     * parser is also limited to HS256, so this is a second lock, and it gives each case its own reason.
     */
    private static void checkAlgorithm(String token) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty()) {
            throw new AuthenticationFailed(Reason.MALFORMED_TOKEN);
        }
        JsonNode header;
        try {
            header = JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));
        } catch (RuntimeException notJson) {
            throw new AuthenticationFailed(Reason.MALFORMED_TOKEN, notJson);
        }
        if (header == null || !header.isObject() || !header.path("alg").isString()) {
            throw new AuthenticationFailed(Reason.MALFORMED_TOKEN);
        }
        String algorithm = header.get("alg").asString();
        if ("none".equalsIgnoreCase(algorithm) || parts[2].isEmpty()) {
            throw new AuthenticationFailed(Reason.UNSIGNED_TOKEN);
        }
        if (!ALGORITHM.equals(algorithm)) {
            throw new AuthenticationFailed(Reason.BAD_SIGNATURE);
        }
    }

    private static Reason claimReason(InvalidClaimException e) {
        return switch (e.getClaimName()) {
            case Claims.ISSUER -> Reason.WRONG_ISSUER;
            case Claims.AUDIENCE -> Reason.WRONG_AUDIENCE;
            default -> Reason.MALFORMED_TOKEN;
        };
    }

    private static Set<Role> roles(Object claim) {
        if (!(claim instanceof Collection<?> names)) {
            throw new IllegalArgumentException("the roles claim is not a list");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Object name : List.copyOf(names)) {
            roles.add(Role.valueOf(String.valueOf(name)));
        }
        return roles;
    }

    private static long generation(Object claim) {
        if (claim == null) {
            return 0;
        }
        if (!(claim instanceof Number number) || number.longValue() < 0 || number.doubleValue() != number.longValue()) {
            throw new IllegalArgumentException("the generation claim is not a whole number");
        }
        return number.longValue();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
