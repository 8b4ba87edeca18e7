package org.leavenotify.adapter.web.security;

import static org.leavenotify.adapter.web.security.HandMadeTokens.OTHER_KEY;
import static org.leavenotify.adapter.web.security.HandMadeTokens.RSA;
import static org.leavenotify.adapter.web.security.HandMadeTokens.b64;
import static org.leavenotify.adapter.web.security.HandMadeTokens.claims;
import static org.leavenotify.adapter.web.security.HandMadeTokens.jwtHeader;
import static org.leavenotify.adapter.web.security.HandMadeTokens.hmac;
import static org.leavenotify.adapter.web.security.HandMadeTokens.hs256;
import static org.leavenotify.adapter.web.security.HandMadeTokens.rs256;
import static org.leavenotify.adapter.web.security.HandMadeTokens.rsaPublicKeyPem;
import static org.leavenotify.adapter.web.security.HandMadeTokens.signingInput;
import static org.leavenotify.adapter.web.security.HandMadeTokens.with;
import static org.leavenotify.adapter.web.security.HandMadeTokens.without;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;
import org.leavenotify.application.auth.AuthenticationFailed.Reason;

/**
 * Every token the application must refuse, each with the reason it must give: the test matrix of the
 * issue (RFC 8725), run against the token adapter and through the HTTP filter. Each token is made for a
 * given "now" by hand, never by the library under test.
 */
final class TokenMatrix {

    /** A refused token: what it is, how to make it at a given instant, and why it must be refused. */
    record Case(String name, Function<Instant, String> token, Reason reason) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> refusedTokens() {
        return List.of(
                new Case("expired 31 s ago (beyond the 30 s skew)", now -> hs256(jwtHeader(),
                        with(claims(now.minusSeconds(3631)), "exp", now.minusSeconds(31).getEpochSecond())),
                        Reason.EXPIRED_TOKEN),
                new Case("expired an hour ago", now -> hs256(jwtHeader(),
                        with(claims(now.minusSeconds(7200)), "exp", now.minusSeconds(3600).getEpochSecond())),
                        Reason.EXPIRED_TOKEN),
                new Case("nbf 5 minutes in the future", now -> hs256(jwtHeader(),
                        with(claims(now), "nbf", now.plusSeconds(300).getEpochSecond())), Reason.NOT_YET_VALID_TOKEN),
                new Case("issued 5 minutes in the future", now -> hs256(jwtHeader(),
                        with(with(claims(now), "iat", now.plusSeconds(300).getEpochSecond()), "exp",
                                now.plusSeconds(3900).getEpochSecond())), Reason.NOT_YET_VALID_TOKEN),
                new Case("lives ten years", now -> hs256(jwtHeader(),
                        with(claims(now), "exp", now.plusSeconds(10L * 365 * 86_400).getEpochSecond())),
                        Reason.LIFETIME_TOO_LONG),
                new Case("lives the lifetime plus a minute", now -> hs256(jwtHeader(),
                        with(claims(now), "exp", now.plusSeconds(3660).getEpochSecond())), Reason.LIFETIME_TOO_LONG),
                new Case("wrong iss", now -> hs256(jwtHeader(), with(claims(now), "iss", "someone-else")),
                        Reason.WRONG_ISSUER),
                new Case("no iss", now -> hs256(jwtHeader(), without(claims(now), "iss")), Reason.WRONG_ISSUER),
                new Case("wrong aud", now -> hs256(jwtHeader(), with(claims(now), "aud", "another-api")),
                        Reason.WRONG_AUDIENCE),
                new Case("aud list without ours", now -> hs256(jwtHeader(),
                        with(claims(now), "aud", List.of("another-api", "a-third"))), Reason.WRONG_AUDIENCE),
                new Case("no aud", now -> hs256(jwtHeader(), without(claims(now), "aud")), Reason.WRONG_AUDIENCE),
                new Case("alg none, no signature", now -> signingInput(with(jwtHeader(), "alg", "none"), claims(now)) + ".",
                        Reason.UNSIGNED_TOKEN),
                new Case("alg None, no signature", now -> signingInput(with(jwtHeader(), "alg", "None"), claims(now)) + ".",
                        Reason.UNSIGNED_TOKEN),
                new Case("alg HS256 header, no signature", now -> signingInput(jwtHeader(), claims(now)) + ".",
                        Reason.UNSIGNED_TOKEN),
                new Case("alg none with an HMAC signature", now -> hmac(with(jwtHeader(), "alg", "none"), claims(now),
                        "HmacSHA256", HandMadeTokens.KEY), Reason.UNSIGNED_TOKEN),
                new Case("HS256 signed with another key", now -> hmac(jwtHeader(), claims(now), "HmacSHA256", OTHER_KEY),
                        Reason.BAD_SIGNATURE),
                new Case("re-signed as HS512 with our key", now -> hmac(with(jwtHeader(), "alg", "HS512"), claims(now),
                        "HmacSHA512", HandMadeTokens.KEY), Reason.BAD_SIGNATURE),
                new Case("re-signed as HS384 with our key", now -> hmac(with(jwtHeader(), "alg", "HS384"), claims(now),
                        "HmacSHA384", HandMadeTokens.KEY), Reason.BAD_SIGNATURE),
                new Case("HS256 with the RSA public key (DER) as HMAC secret", now -> hmac(jwtHeader(), claims(now),
                        "HmacSHA256", RSA.getPublic().getEncoded()), Reason.BAD_SIGNATURE),
                new Case("HS256 with the RSA public key (PEM) as HMAC secret", now -> hmac(jwtHeader(), claims(now),
                        "HmacSHA256", rsaPublicKeyPem()), Reason.BAD_SIGNATURE),
                new Case("alg RS256 with an HMAC of the RSA public key", now -> hmac(with(jwtHeader(), "alg", "RS256"),
                        claims(now), "HmacSHA256", rsaPublicKeyPem()), Reason.BAD_SIGNATURE),
                new Case("genuine RS256 from an unknown key", now -> rs256(with(jwtHeader(), "alg", "RS256"), claims(now)),
                        Reason.BAD_SIGNATURE),
                new Case("truncated signature", now -> chop(hs256(jwtHeader(), claims(now)), 5), Reason.BAD_SIGNATURE),
                new Case("signature cut off with its dot", now -> {
                    String token = hs256(jwtHeader(), claims(now));
                    return token.substring(0, token.lastIndexOf('.'));
                }, Reason.MALFORMED_TOKEN),
                new Case("header only", now -> b64("{\"alg\":\"HS256\",\"typ\":\"at+jwt\"}"), Reason.MALFORMED_TOKEN),
                new Case("garbage", now -> "garbage", Reason.MALFORMED_TOKEN),
                new Case("three garbage parts", now -> "a.b.c", Reason.MALFORMED_TOKEN),
                new Case("dots only", now -> "..", Reason.MALFORMED_TOKEN),
                new Case("empty JSON objects", now -> "e30.e30.e30", Reason.MALFORMED_TOKEN),
                new Case("five parts (JWE shape)", now -> "e30.e30.e30.e30.e30", Reason.MALFORMED_TOKEN),
                new Case("no typ", now -> hs256(without(jwtHeader(), "typ"), claims(now)), Reason.MALFORMED_TOKEN),
                new Case("typ JWT", now -> hs256(with(jwtHeader(), "typ", "JWT"), claims(now)), Reason.MALFORMED_TOKEN),
                new Case("no exp", now -> hs256(jwtHeader(), without(claims(now), "exp")), Reason.MALFORMED_TOKEN),
                new Case("no sub", now -> hs256(jwtHeader(), without(claims(now), "sub")), Reason.MALFORMED_TOKEN),
                new Case("no jti", now -> hs256(jwtHeader(), without(claims(now), "jti")), Reason.MALFORMED_TOKEN),
                new Case("no iat", now -> hs256(jwtHeader(), without(claims(now), "iat")), Reason.MALFORMED_TOKEN),
                new Case("unknown role", now -> hs256(jwtHeader(), with(claims(now), "roles", List.of("GOD"))),
                        Reason.MALFORMED_TOKEN),
                new Case("roles not a list", now -> hs256(jwtHeader(), with(claims(now), "roles", "MANAGER")),
                        Reason.MALFORMED_TOKEN),
                new Case("compressed payload", now -> hs256(with(jwtHeader(), "zip", "DEF"), claims(now)),
                        Reason.MALFORMED_TOKEN),
                new Case("unknown critical header", now -> hs256(with(with(jwtHeader(), "crit", List.of("exp-x")),
                        "exp-x", 1), claims(now)), Reason.MALFORMED_TOKEN));
    }

    static Stream<Arguments> cases() {
        return refusedTokens().stream().map(Arguments::of);
    }

    private static String chop(String token, int characters) {
        return token.substring(0, token.length() - characters);
    }

    private TokenMatrix() {
    }
}
