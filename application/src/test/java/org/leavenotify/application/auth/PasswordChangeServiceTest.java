package org.leavenotify.application.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.leavenotify.application.demo.DemoOrganisation.ALICE;
import static org.leavenotify.application.demo.DemoOrganisation.HANA;

import org.junit.jupiter.api.Test;
import org.leavenotify.application.InMemoryApplication;
import org.leavenotify.application.administration.port.in.DeactivateEmployeeUseCase.DeactivateEmployeeCommand;
import org.leavenotify.application.auth.port.in.ChangeOwnPasswordUseCase.ChangeOwnPasswordCommand;
import org.leavenotify.domain.leave.EmployeeNotFound;
import org.leavenotify.domain.organisation.CurrentPasswordIncorrect;
import org.leavenotify.domain.organisation.PasswordTooShort;
import org.leavenotify.domain.shared.DomainRefusal;

/** An employee changes their own password. */
class PasswordChangeServiceTest {

    private final InMemoryApplication app = new InMemoryApplication();

    private boolean passwordOfAliceIs(String password) {
        return app.hasher.matches(password, app.credentials.findByUsername("alice").orElseThrow().passwordHash());
    }

    @Test
    void aliceChangesHerPasswordWithTheCurrentOne() {
        app.passwords.changePassword(new ChangeOwnPasswordCommand(ALICE, "demo", "a much better password"));

        assertThat(passwordOfAliceIs("a much better password")).isTrue();
        assertThat(passwordOfAliceIs("demo")).isFalse();
    }

    @Test
    void changingThePasswordEndsEveryEarlierTokenAndClosesTheOpenSessions() {
        var authentication = app.authentication(new EmployeeTokens());
        String earlier = authentication.logIn(new org.leavenotify.application.auth.port.in.LogInUseCase.LogInCommand(
                "alice", "demo")).value();

        app.passwords.changePassword(new ChangeOwnPasswordCommand(ALICE, "demo", "a much better password"));

        assertThatThrownBy(() -> authentication.authenticate(earlier)).isInstanceOfSatisfying(AuthenticationFailed.class,
                refused -> assertThat(refused.reason()).isEqualTo(AuthenticationFailed.Reason.REVOKED_TOKEN));
        assertThat(app.sessionTermination.terminations()).extracting(
                org.leavenotify.adapter.memory.InMemorySessionTermination.Termination::employee,
                org.leavenotify.adapter.memory.InMemorySessionTermination.Termination::reason)
                .contains(org.assertj.core.groups.Tuple.tuple(ALICE, SessionRevocation.REVOKED_REASON));
    }

    @Test
    void aWrongCurrentPasswordIsRefusedAndChangesNothing() {
        assertThatThrownBy(() -> app.passwords.changePassword(new ChangeOwnPasswordCommand(ALICE, "not it",
                "a much better password")))
                .isInstanceOf(CurrentPasswordIncorrect.class)
                .satisfies(e -> assertThat(((DomainRefusal) e).kind()).isEqualTo(DomainRefusal.Kind.NOT_ALLOWED));
        assertThat(passwordOfAliceIs("demo")).isTrue();
    }

    @Test
    void wrongCurrentPasswordsAreThrottledLikeLoginsAndTheRightOneIsThenRefusedUnchecked() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> app.passwords.changePassword(new ChangeOwnPasswordCommand(ALICE, "guess",
                    "a much better password", "203.0.113.5"))).isInstanceOf(CurrentPasswordIncorrect.class);
        }

        assertThatThrownBy(() -> app.passwords.changePassword(new ChangeOwnPasswordCommand(ALICE, "demo",
                "a much better password", "203.0.113.5")))
                .isInstanceOfSatisfying(AuthenticationFailed.class,
                        locked -> assertThat(locked.reason()).isEqualTo(AuthenticationFailed.Reason.LOCKED));
        assertThat(passwordOfAliceIs("demo")).isTrue();
        app.passwords.changePassword(new ChangeOwnPasswordCommand(ALICE, "demo", "a much better password",
                "198.51.100.1"));
        assertThat(passwordOfAliceIs("a much better password")).as("from another address").isTrue();
    }

    @Test
    void theNewPasswordMayNotBeTheCurrentOneNorEasyToGuess() {
        app.passwords.changePassword(new ChangeOwnPasswordCommand(ALICE, "demo", "a much better password"));

        assertThatThrownBy(() -> app.passwords.changePassword(new ChangeOwnPasswordCommand(ALICE,
                "a much better password", "a much better password")))
                .isInstanceOf(org.leavenotify.domain.organisation.PasswordUnchanged.class);
        assertThatThrownBy(() -> app.passwords.changePassword(new ChangeOwnPasswordCommand(ALICE,
                "a much better password", "password12")))
                .isInstanceOf(org.leavenotify.domain.organisation.PasswordTooWeak.class);
        assertThatThrownBy(() -> app.passwords.changePassword(new ChangeOwnPasswordCommand(ALICE,
                "a much better password", "alice-in-the-office")))
                .isInstanceOf(org.leavenotify.domain.organisation.PasswordTooWeak.class);
        assertThat(passwordOfAliceIs("a much better password")).isTrue();
    }

    @Test
    void aNewPasswordShorterThanTenCharactersIsRefused() {
        assertThatThrownBy(() -> app.passwords.changePassword(new ChangeOwnPasswordCommand(ALICE, "demo", "short")))
                .isInstanceOf(PasswordTooShort.class);
        assertThat(passwordOfAliceIs("demo")).isTrue();
    }

    @Test
    void someoneDeactivatedCannotChangeTheirPassword() {
        app.administration.deactivate(new DeactivateEmployeeCommand(HANA, ALICE));

        assertThatThrownBy(() -> app.passwords.changePassword(new ChangeOwnPasswordCommand(ALICE, "demo",
                "a much better password"))).isInstanceOf(EmployeeNotFound.class);
    }

    /** Tokens that are just "subject|generation". */
    private static final class EmployeeTokens implements org.leavenotify.application.auth.port.out.AccessTokenPort {
        @Override
        public AccessToken issue(org.leavenotify.domain.organisation.EmployeeId subject,
                                 java.util.Set<org.leavenotify.domain.organisation.Role> roles, long generation) {
            return new AccessToken(subject.value() + "|" + generation, java.time.Instant.parse("2099-01-01T00:00:00Z"));
        }

        @Override
        public VerifiedToken verify(String token) {
            String[] parts = token.split("\\|");
            return new VerifiedToken(new org.leavenotify.domain.organisation.EmployeeId(parts[0]), java.util.Set.of(),
                    java.time.Instant.parse("2099-01-01T00:00:00Z"), Long.parseLong(parts[1]));
        }
    }
}
