package org.leavenotify.adapter.web.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.leavenotify.application.MutableClock;
import org.leavenotify.application.auth.AccessToken;
import org.leavenotify.application.auth.AuthenticationFailed;
import org.leavenotify.application.auth.AuthenticationFailed.Reason;
import org.leavenotify.application.auth.port.out.AccessTokenPort;
import org.leavenotify.domain.leave.Employees;
import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.organisation.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The cache of verified tokens in front of the JWT adapter: what it saves, and what it never lets through. */
class VerifiedTokenCacheTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    private final MutableClock clock = new MutableClock(NOW);
    private final CountingVerifier jwt = new CountingVerifier(new JwtAccessTokenAdapter(
            new SecretKeySpec(HandMadeTokens.KEY, "HmacSHA256"), properties(10), clock));

    private static JwtProperties properties(int cacheSize) {
        return new JwtProperties(HandMadeTokens.SECRET, null, null, "leave-notify", "leave-notify-api", Duration.ofMinutes(60),
                Duration.ofSeconds(30), cacheSize);
    }

    @Test
    void aTokenVerifiedOnceIsNotParsedAgainAndSaysTheSame() {
        var cache = new VerifiedTokenCache(jwt, properties(10), clock);
        AccessToken token = cache.issue(Employees.BOB, Set.of(Role.EMPLOYEE, Role.MANAGER));

        var first = cache.verify(token.value());
        var second = cache.verify(token.value());

        assertThat(second).isEqualTo(first);
        assertThat(first.subject()).isEqualTo(Employees.BOB);
        assertThat(jwt.verifications.get()).isEqualTo(1);
    }

    @Test
    void aRememberedTokenIsRefusedAsExpiredOnceItsExpiryAndTheSkewHavePassed() {
        var cache = new VerifiedTokenCache(jwt, properties(10), clock);
        String token = cache.issue(Employees.BOB, Set.of(Role.EMPLOYEE)).value();
        cache.verify(token);

        clock.set(NOW.plus(Duration.ofMinutes(60)).plusSeconds(30));
        assertThat(cache.verify(token).subject()).isEqualTo(Employees.BOB);

        clock.set(NOW.plus(Duration.ofMinutes(60)).plusSeconds(31));
        assertThatThrownBy(() -> cache.verify(token))
                .isInstanceOfSatisfying(AuthenticationFailed.class, e -> assertThat(e.reason()).isEqualTo(Reason.EXPIRED_TOKEN));
        assertThatThrownBy(() -> cache.verify(token)).isInstanceOf(AuthenticationFailed.class);
    }

    @Test
    void aTokenThatDiffersInOneCharacterIsVerifiedInFullAndRefused() {
        var cache = new VerifiedTokenCache(jwt, properties(10), clock);
        String token = cache.issue(Employees.BOB, Set.of(Role.EMPLOYEE)).value();
        cache.verify(token);
        int inTheSignature = token.length() - 10;
        char original = token.charAt(inTheSignature);
        String altered = token.substring(0, inTheSignature) + (original == 'A' ? 'B' : 'A')
                + token.substring(inTheSignature + 1);

        assertThatThrownBy(() -> cache.verify(altered))
                .isInstanceOfSatisfying(AuthenticationFailed.class, e -> assertThat(e.reason()).isEqualTo(Reason.BAD_SIGNATURE));
        assertThat(jwt.verifications.get()).isEqualTo(2);
    }

    @Test
    void aRefusedTokenIsNotRememberedAndIsRefusedEveryTime() {
        var cache = new VerifiedTokenCache(jwt, properties(10), clock);
        String unsigned = HandMadeTokens.signingInput(HandMadeTokens.with(HandMadeTokens.jwtHeader(), "alg", "none"),
                HandMadeTokens.claims(NOW)) + ".";

        for (int attempt = 0; attempt < 3; attempt++) {
            assertThatThrownBy(() -> cache.verify(unsigned))
                    .isInstanceOfSatisfying(AuthenticationFailed.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.UNSIGNED_TOKEN));
        }
        assertThat(jwt.verifications.get()).isEqualTo(3);
    }

    @Test
    void aMissingTokenIsRefusedAsMissing() {
        var cache = new VerifiedTokenCache(jwt, properties(10), clock);

        assertThatThrownBy(() -> cache.verify(" "))
                .isInstanceOfSatisfying(AuthenticationFailed.class, e -> assertThat(e.reason()).isEqualTo(Reason.MISSING_TOKEN));
    }

    private static final class CountingVerifier implements AccessTokenPort {

        final AtomicInteger verifications = new AtomicInteger();
        private final AccessTokenPort delegate;

        CountingVerifier(AccessTokenPort delegate) {
            this.delegate = delegate;
        }

        @Override
        public AccessToken issue(EmployeeId subject, Set<Role> roles, long generation) {
            return delegate.issue(subject, roles, generation);
        }

        @Override
        public VerifiedToken verify(String token) {
            verifications.incrementAndGet();
            return delegate.verify(token);
        }
    }
}
