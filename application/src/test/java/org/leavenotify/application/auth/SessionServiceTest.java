package org.leavenotify.application.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.leavenotify.application.MutableClock;
import org.leavenotify.application.auth.AuthenticationFailed.Reason;
import org.leavenotify.application.auth.port.in.LogInUseCase.LogInCommand;
import org.leavenotify.application.auth.port.out.AccessTokenPort;
import org.leavenotify.application.auth.port.out.RefreshTokensPort;
import org.leavenotify.adapter.memory.InMemoryCredentialStore;
import org.leavenotify.adapter.memory.InMemoryEmployeeDirectory;
import org.leavenotify.adapter.memory.InMemoryFailedAttempts;
import org.leavenotify.adapter.memory.InMemoryRefreshTokens;
import org.leavenotify.adapter.memory.InMemorySessionGenerations;
import org.leavenotify.adapter.memory.SaltedSha256PasswordHasher;
import org.leavenotify.application.shared.StoreUnavailable;
import org.leavenotify.domain.leave.Employees;
import org.leavenotify.domain.organisation.Employee;
import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.organisation.Role;

/** Sessions that last: refresh tokens used once, families that end as a whole, revocation that reaches them. */
class SessionServiceTest {

    private static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");
    private static final Duration IDLE = Duration.ofHours(8);
    private static final Duration MAX = Duration.ofDays(2);

    /** Access tokens that are just "subject|generation". */
    private static final class NoteTokens implements AccessTokenPort {
        @Override
        public AccessToken issue(EmployeeId subject, Set<Role> roles, long generation) {
            return new AccessToken(subject.value() + "|" + generation, NOW.plusSeconds(900));
        }

        @Override
        public VerifiedToken verify(String token) {
            throw new UnsupportedOperationException("not needed here");
        }
    }

    /** The in-memory store, except that marking a token used fails while {@code down} is set. */
    private static final class FlakyTokens implements RefreshTokensPort {
        final InMemoryRefreshTokens store = new InMemoryRefreshTokens();
        boolean down;

        @Override
        public void save(StoredRefreshToken token) {
            store.save(token);
        }

        @Override
        public Optional<StoredRefreshToken> find(String digest) {
            return store.find(digest);
        }

        @Override
        public boolean markUsed(String digest) {
            if (down) {
                throw new StoreUnavailable("The store is unavailable while marking a refresh token used", null);
            }
            return store.markUsed(digest);
        }

        @Override
        public void endFamily(String family, Instant keepUntil) {
            store.endFamily(family, keepUntil);
        }

        @Override
        public boolean familyEnded(String family) {
            return store.familyEnded(family);
        }

        @Override
        public int removeExpiredBy(Instant instant) {
            return store.removeExpiredBy(instant);
        }
    }

    private final MutableClock clock = new MutableClock(NOW);
    private final InMemoryEmployeeDirectory directory = new InMemoryEmployeeDirectory();
    private final InMemorySessionGenerations generations = new InMemorySessionGenerations();
    private final FlakyTokens refreshTokens = new FlakyTokens();
    private final SessionService sessions;

    SessionServiceTest() {
        SaltedSha256PasswordHasher hasher = new SaltedSha256PasswordHasher();
        InMemoryCredentialStore credentials = new InMemoryCredentialStore();
        for (Employee employee : List.of(Employees.alice(), Employees.bob())) {
            directory.save(employee);
            credentials.save(new StoredCredentials(employee.username(), employee.id(), hasher.hash("demo")));
        }
        NoteTokens tokens = new NoteTokens();
        AuthenticationService authentication = new AuthenticationService(credentials, hasher, tokens, directory,
                new LoginThrottle(new InMemoryFailedAttempts(), clock, 5, Duration.ofMinutes(5), 20,
                        Duration.ofMinutes(5)), generations);
        sessions = new SessionService(authentication, refreshTokens, tokens, directory, generations,
                new SessionService.Lifetimes(IDLE, MAX), clock);
    }

    private SignedIn aliceSignsIn() {
        return sessions.signIn(new LogInCommand("alice", "demo"));
    }

    private Reason refreshRefused(RefreshToken token) {
        return refreshRefused(token.value());
    }

    private Reason refreshRefused(String token) {
        AuthenticationFailed failure = catchThrowableOfType(AuthenticationFailed.class, () -> sessions.refresh(token));
        assertThat(failure).as("refused").isNotNull();
        return failure.reason();
    }

    @Test
    void signingInGivesAnAccessTokenAndARefreshTokenThatRenewsBoth() {
        SignedIn signedIn = aliceSignsIn();
        clock.advance(Duration.ofMinutes(14));

        SignedIn renewed = sessions.refresh(signedIn.refreshToken().value());

        assertThat(signedIn.accessToken().value()).isEqualTo("alice|0");
        assertThat(renewed.accessToken().value()).isEqualTo("alice|0");
        assertThat(renewed.refreshToken().value()).isNotEqualTo(signedIn.refreshToken().value());
        assertThat(renewed.refreshToken().expiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(14)).plus(IDLE));
    }

    @Test
    void aWrongPasswordStartsNoSession() {
        AuthenticationFailed failure = catchThrowableOfType(AuthenticationFailed.class,
                () -> sessions.signIn(new LogInCommand("alice", "wrong")));

        assertThat(failure.reason()).isEqualTo(Reason.BAD_CREDENTIALS);
    }

    @Test
    void theStoreKeepsADigestOfEachRefreshTokenNeverItsValue() {
        RefreshToken token = aliceSignsIn().refreshToken();

        assertThat(refreshTokens.find(token.value())).isEmpty();
        assertThat(refreshTokens.find(SessionService.digestOf(token.value()))).isPresent();
    }

    @Test
    void aRefreshTokenUsedTwiceEndsEverySessionOfItsSignIn() {
        RefreshToken stolen = aliceSignsIn().refreshToken();
        RefreshToken aliceHas = sessions.refresh(stolen.value()).refreshToken();

        assertThat(refreshRefused(stolen)).isEqualTo(Reason.REUSED_REFRESH_TOKEN);
        assertThat(refreshRefused(aliceHas)).isEqualTo(Reason.SESSION_ENDED);
    }

    @Test
    void signingOutEndsThatSignInOnlyAndIsHarmlessTwice() {
        RefreshToken laptop = aliceSignsIn().refreshToken();
        RefreshToken phone = aliceSignsIn().refreshToken();

        sessions.signOut(laptop.value());
        sessions.signOut(laptop.value());
        sessions.signOut("never-issued");
        sessions.signOut(null);

        assertThat(refreshRefused(laptop)).isEqualTo(Reason.SESSION_ENDED);
        assertThat(sessions.refresh(phone.value()).accessToken().value()).isEqualTo("alice|0");
    }

    @Test
    void endingSomeonesSessionsRevokesTheirRefreshTokensToo() {
        RefreshToken before = aliceSignsIn().refreshToken();

        generations.endSessions(Employees.ALICE);

        assertThat(refreshRefused(before)).isEqualTo(Reason.REVOKED_TOKEN);
        assertThat(sessions.refresh(aliceSignsIn().refreshToken().value()).accessToken().value())
                .as("a sign-in after the change").isEqualTo("alice|1");
    }

    @Test
    void aDeactivatedPersonCannotRenew() {
        RefreshToken token = aliceSignsIn().refreshToken();
        Employee alice = Employees.alice();

        directory.save(new Employee(alice.id(), alice.username(), alice.displayName(), alice.roles(),
                alice.managerId(), false));

        assertThat(refreshRefused(token)).isEqualTo(Reason.REVOKED_TOKEN);
    }

    @Test
    void aRefreshTokenNotUsedForTheIdleTimeEndsTheSession() {
        RefreshToken token = aliceSignsIn().refreshToken();

        clock.advance(IDLE);

        assertThat(refreshRefused(token)).isEqualTo(Reason.EXPIRED_REFRESH_TOKEN);
    }

    @Test
    void renewingNeverOutlivesTheSignInsMaximum() {
        RefreshToken token = aliceSignsIn().refreshToken();
        for (int hour = 0; hour < 47; hour++) {
            clock.advance(Duration.ofHours(1));
            token = sessions.refresh(token.value()).refreshToken();
        }
        assertThat(token.expiresAt()).isEqualTo(NOW.plus(MAX));

        clock.advance(Duration.ofHours(1));

        assertThat(refreshRefused(token)).isEqualTo(Reason.EXPIRED_REFRESH_TOKEN);
    }

    @Test
    void missingUnknownAndOversizedTokensAreRefusedByName() {
        assertThat(refreshRefused("")).isEqualTo(Reason.MISSING_REFRESH_TOKEN);
        assertThat(refreshRefused((String) null)).isEqualTo(Reason.MISSING_REFRESH_TOKEN);
        assertThat(refreshRefused("never-issued")).isEqualTo(Reason.UNKNOWN_REFRESH_TOKEN);
        assertThat(refreshRefused("x".repeat(100_000))).isEqualTo(Reason.UNKNOWN_REFRESH_TOKEN);
    }

    @Test
    void aRenewalTheStoreFailsLeavesThePresentedTokenUsable() {
        RefreshToken token = aliceSignsIn().refreshToken();
        refreshTokens.down = true;

        assertThatThrownBy(() -> sessions.refresh(token.value())).isInstanceOf(StoreUnavailable.class);
        refreshTokens.down = false;

        assertThat(sessions.refresh(token.value()).accessToken().value()).isEqualTo("alice|0");
    }

    @Test
    void expiredTokensAreForgotten() {
        aliceSignsIn();
        clock.advance(MAX);

        assertThat(sessions.forgetExpired()).isEqualTo(1);
    }
}
