package org.leavenotify.adapter.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.leavenotify.adapter.web.security.HandMadeTokens.claims;
import static org.leavenotify.adapter.web.security.HandMadeTokens.jwtHeader;
import static org.leavenotify.adapter.web.security.HandMadeTokens.hs256;
import static org.leavenotify.adapter.web.security.HandMadeTokens.with;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Set;

import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.leavenotify.application.auth.AccessToken;
import org.leavenotify.application.auth.AuthenticationFailed;
import org.leavenotify.application.auth.AuthenticationFailed.Reason;
import org.leavenotify.application.auth.port.out.AccessTokenPort.VerifiedToken;
import org.leavenotify.domain.leave.Employees;
import org.leavenotify.domain.organisation.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JWT adapter on its own: what it issues, and the matrix of tokens it must refuse. */
class JwtAccessTokenAdapterTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final JwtProperties PROPERTIES = new JwtProperties(HandMadeTokens.SECRET, null, null, "leave-notify",
            "leave-notify-api", Duration.ofMinutes(60), Duration.ofSeconds(30), 0);

    private static JwtAccessTokenAdapter adapterAt(Instant now) {
        return adapterAt(now, PROPERTIES);
    }

    private static JwtAccessTokenAdapter adapterAt(Instant now, JwtProperties properties) {
        return new JwtAccessTokenAdapter(new SecretKeySpec(HandMadeTokens.KEY, "HmacSHA256"), properties,
                Clock.fixed(now, ZoneOffset.UTC));
    }

    private static Reason refusal(JwtAccessTokenAdapter adapter, String token) {
        AuthenticationFailed failure = catchThrowableOfType(AuthenticationFailed.class, () -> adapter.verify(token));
        assertThat(failure).as("refused").isNotNull();
        return failure.reason();
    }

    @Test
    void anIssuedTokenIsAcceptedAndSaysWhoItIsForUntilWhen() {
        AccessToken token = adapterAt(NOW).issue(Employees.BOB, Set.of(Role.EMPLOYEE, Role.MANAGER));

        VerifiedToken verified = adapterAt(NOW.plusSeconds(60)).verify(token.value());

        assertThat(verified).isEqualTo(new VerifiedToken(Employees.BOB, Set.of(Role.EMPLOYEE, Role.MANAGER),
                NOW.plus(Duration.ofMinutes(60))));
        assertThat(token.expiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(60)));
    }

    @Test
    void anIssuedTokenIsAnHs256AccessTokenWithEveryRequiredClaim() {
        AccessToken token = adapterAt(NOW).issue(Employees.BOB, Set.of(Role.MANAGER, Role.EMPLOYEE));

        String[] parts = token.value().split("\\.");
        assertThat(parts).hasSize(3);
        JsonNode header = decode(parts[0]);
        JsonNode claims = decode(parts[1]);
        assertThat(header.get("alg").asString()).isEqualTo("HS256");
        assertThat(header.get("typ").asString()).isEqualTo("at+jwt");
        assertThat(claims.get("sub").asString()).isEqualTo("bob");
        assertThat(claims.get("roles").toString()).isEqualTo("[\"EMPLOYEE\",\"MANAGER\"]");
        assertThat(claims.get("iss").asString()).isEqualTo("leave-notify");
        assertThat(claims.get("aud").asString()).isEqualTo("leave-notify-api");
        assertThat(claims.get("iat").asLong()).isEqualTo(NOW.getEpochSecond());
        assertThat(claims.get("exp").asLong()).isEqualTo(NOW.getEpochSecond() + 3600);
        assertThat(claims.get("jti").asString()).matches("[0-9a-f-]{36}");
    }

    @Test
    void everyTokenHasItsOwnId() {
        JwtAccessTokenAdapter adapter = adapterAt(NOW);
        String first = decode(adapter.issue(Employees.ALICE, Set.of(Role.EMPLOYEE)).value().split("\\.")[1])
                .get("jti").asString();
        String second = decode(adapter.issue(Employees.ALICE, Set.of(Role.EMPLOYEE)).value().split("\\.")[1])
                .get("jti").asString();
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void theLifetimeIsConfigurable() {
        JwtProperties quarterOfAnHour = new JwtProperties(HandMadeTokens.SECRET, null, null, "leave-notify", "leave-notify-api",
                Duration.ofMinutes(15), Duration.ofSeconds(30), 0);

        AccessToken token = adapterAt(NOW, quarterOfAnHour).issue(Employees.ALICE, Set.of(Role.EMPLOYEE));

        assertThat(token.expiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
        assertThat(refusal(adapterAt(NOW.plus(Duration.ofMinutes(16)), quarterOfAnHour), token.value()))
                .isEqualTo(Reason.EXPIRED_TOKEN);
    }

    @Test
    void aTokenIsStillAcceptedWithinTheClockSkewAfterItExpires() {
        AccessToken token = adapterAt(NOW).issue(Employees.ALICE, Set.of(Role.EMPLOYEE));

        assertThat(adapterAt(token.expiresAt().plusSeconds(29)).verify(token.value()).subject())
                .isEqualTo(Employees.ALICE);
        assertThat(refusal(adapterAt(token.expiresAt().plusSeconds(31)), token.value()))
                .isEqualTo(Reason.EXPIRED_TOKEN);
    }

    @Test
    void aTokenWhoseNotBeforeIsWithinTheClockSkewIsAccepted() {
        String token = hs256(jwtHeader(), with(claims(NOW), "nbf", NOW.plusSeconds(20).getEpochSecond()));

        assertThat(adapterAt(NOW).verify(token).subject()).isEqualTo(Employees.ALICE);
    }

    @Test
    void aHandMadeTokenSignedWithOurKeyIsAccepted() {
        // The matrix below is only meaningful if the hand-made tokens are right when nothing is wrong.
        VerifiedToken verified = adapterAt(NOW).verify(hs256(jwtHeader(), claims(NOW)));

        assertThat(verified.subject()).isEqualTo(Employees.ALICE);
        assertThat(verified.roles()).containsExactly(Role.EMPLOYEE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.leavenotify.adapter.web.security.TokenMatrix#cases")
    void aTokenThatIsWrongInAnyWayIsRefusedWithItsReason(TokenMatrix.Case refused) {
        assertThat(refusal(adapterAt(NOW), refused.token().apply(NOW))).isEqualTo(refused.reason());
    }

    @Test
    void aMissingTokenIsRefused() {
        assertThat(refusal(adapterAt(NOW), " ")).isEqualTo(Reason.MISSING_TOKEN);
    }

    private static JsonNode decode(String part) {
        return JsonMapper.shared().readTree(new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8));
    }

    /** Key rotation: a token names its key; tokens of the previous key stay valid until that key is dropped. */
    @org.junit.jupiter.api.Nested
    class RotatingTheSigningKey {

        private final javax.crypto.SecretKey old = new SecretKeySpec(HandMadeTokens.KEY, "HmacSHA256");
        private final javax.crypto.SecretKey fresh = new SecretKeySpec(
                java.util.Base64.getDecoder().decode("q2V5LW9mLXRoZS1uZXh0LXllYXItMzItYnl0ZXMhIT8="), "HmacSHA256");

        private JwtAccessTokenAdapter signingWith(javax.crypto.SecretKey signing, javax.crypto.SecretKey... previous) {
            return new JwtAccessTokenAdapter(new SigningKeys(signing, java.util.List.of(previous)), PROPERTIES,
                    Clock.fixed(NOW, ZoneOffset.UTC));
        }

        private String kidOf(String token) {
            String header = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[0]),
                    java.nio.charset.StandardCharsets.UTF_8);
            return JsonMapper.shared().readTree(header).path("kid").asString();
        }

        @Test
        void aTokenNamesTheKeyThatSignedItByAnIdDerivedFromTheKey() {
            String token = signingWith(fresh, old).issue(Employees.BOB, Set.of(Role.EMPLOYEE)).value();

            assertThat(kidOf(token)).isEqualTo(SigningKeys.idOf(fresh)).hasSize(11)
                    .isNotEqualTo(SigningKeys.idOf(old));
        }

        @Test
        void tokensOfThePreviousKeyStayValidAfterTheSwitchAndEndWhenTheKeyIsDropped() {
            String before = signingWith(old).issue(Employees.BOB, Set.of(Role.EMPLOYEE)).value();

            assertThat(signingWith(fresh, old).verify(before).subject()).isEqualTo(Employees.BOB);
            assertThat(refusal(signingWith(fresh), before)).isEqualTo(Reason.BAD_SIGNATURE);
        }

        @Test
        void duringTheFirstStepEveryNodeAcceptsTheNewKeyBeforeAnySignsWithIt() {
            String fromANodeAlreadySwitched = signingWith(fresh, old).issue(Employees.BOB, Set.of(Role.EMPLOYEE)).value();

            assertThat(signingWith(old, fresh).verify(fromANodeAlreadySwitched).subject()).isEqualTo(Employees.BOB);
        }

        @Test
        void aTokenNamingAKeyNobodyKnowsIsRefusedAndOneNamingNoneIsCheckedWithTheSigningKey() {
            String unknown = HandMadeTokens.hs256(HandMadeTokens.with(HandMadeTokens.jwtHeader(), "kid", "nobody-knows"),
                    HandMadeTokens.claims(NOW));

            assertThat(refusal(signingWith(old), unknown)).isEqualTo(Reason.BAD_SIGNATURE);
            assertThat(signingWith(old).verify(HandMadeTokens.hs256(HandMadeTokens.jwtHeader(),
                    HandMadeTokens.claims(NOW))).subject()).isNotNull();
        }
    }
}
