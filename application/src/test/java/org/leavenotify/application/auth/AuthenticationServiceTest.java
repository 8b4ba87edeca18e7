package org.leavenotify.application.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.leavenotify.application.MutableClock;
import org.leavenotify.application.auth.AuthenticationFailed.Reason;
import org.leavenotify.application.auth.port.in.LogInUseCase.LogInCommand;
import org.leavenotify.application.auth.port.out.AccessTokenPort;
import org.leavenotify.application.auth.port.out.PasswordHasherPort;
import org.leavenotify.adapter.memory.InMemoryCredentialStore;
import org.leavenotify.adapter.memory.InMemoryEmployeeDirectory;
import org.leavenotify.adapter.memory.SaltedSha256PasswordHasher;
import org.leavenotify.domain.leave.Employees;
import org.leavenotify.domain.organisation.Employee;
import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.organisation.PasswordTooWeak;
import org.leavenotify.domain.organisation.PasswordUnchanged;
import org.leavenotify.domain.organisation.Role;

/** Logging in and checking tokens, over in-memory stores and a token adapter that trusts its own notes. */
class AuthenticationServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    /** Counts the expensive hash comparisons, so that "the same work" can be checked without timing. */
    private static final class CountingHasher implements PasswordHasherPort {
        private final SaltedSha256PasswordHasher real = new SaltedSha256PasswordHasher();
        final List<String> comparedWith = new ArrayList<>();

        @Override
        public String hash(String rawPassword) {
            return real.hash(rawPassword);
        }

        @Override
        public boolean matches(String rawPassword, String hash) {
            comparedWith.add(hash);
            return real.matches(rawPassword, hash);
        }
    }

    /** Tokens that are just "subject|roles": enough to see what the service asked for. */
    private static final class NoteTokens implements AccessTokenPort {
        @Override
        public AccessToken issue(EmployeeId subject, Set<Role> roles, long generation) {
            return new AccessToken(subject.value() + "|" + roles.size() + (generation == 0 ? "" : "|" + generation),
                    NOW.plusSeconds(3600));
        }

        @Override
        public VerifiedToken verify(String token) {
            if (!token.contains("|")) {
                throw new AuthenticationFailed(Reason.MALFORMED_TOKEN);
            }
            String[] parts = token.split("\\|");
            return new VerifiedToken(new EmployeeId(parts[0]), Set.of(), NOW.plusSeconds(3600),
                    parts.length > 2 ? Long.parseLong(parts[2]) : 0);
        }
    }

    private final MutableClock clock = new MutableClock(NOW);
    private final CountingHasher hasher = new CountingHasher();
    private final InMemoryEmployeeDirectory directory = new InMemoryEmployeeDirectory();
    private final InMemoryCredentialStore credentials = new InMemoryCredentialStore();
    private final org.leavenotify.adapter.memory.InMemorySessionGenerations generations =
            new org.leavenotify.adapter.memory.InMemorySessionGenerations();
    private final org.leavenotify.adapter.memory.InMemoryFailedAttempts attempts =
            new org.leavenotify.adapter.memory.InMemoryFailedAttempts();
    private final AuthenticationService service;

    AuthenticationServiceTest() {
        Employee carolWhoLeft = new Employee(Employees.CAROL, "carol", "Carol Chen", Set.of(Role.EMPLOYEE),
                Employees.BOB, false);
        for (Employee employee : List.of(Employees.alice(), Employees.bob(), carolWhoLeft)) {
            directory.save(employee);
            credentials.save(new StoredCredentials(employee.username(), employee.id(), hasher.hash("demo")));
        }
        service = new AuthenticationService(credentials, hasher, new NoteTokens(), directory,
                new LoginThrottle(attempts, clock, 5, Duration.ofMinutes(5), 20, Duration.ofMinutes(5)), generations);
        hasher.comparedWith.clear();
    }

    private Reason refusal(String username, String password) {
        AuthenticationFailed failure = catchThrowableOfType(AuthenticationFailed.class,
                () -> service.logIn(new LogInCommand(username, password)));
        assertThat(failure).as("refused").isNotNull();
        return failure.reason();
    }

    @Test
    void theRightPasswordGetsATokenForTheEmployeeAndTheirRoles() {
        AccessToken token = service.logIn(new LogInCommand("bob", "demo"));

        assertThat(token.value()).isEqualTo("bob|2");
    }

    @Test
    void aWrongPasswordAnUnknownUserAndAnInactiveOneAreRefusedAlike() {
        assertThat(refusal("alice", "wrong")).isEqualTo(Reason.BAD_CREDENTIALS);
        assertThat(refusal("nobody", "demo")).isEqualTo(Reason.BAD_CREDENTIALS);
        assertThat(refusal("carol", "demo")).isEqualTo(Reason.BAD_CREDENTIALS);
    }

    @Test
    void anUnknownUserCostsOneHashComparisonLikeAWrongPassword() {
        refusal("alice", "wrong");
        refusal("nobody", "demo");

        assertThat(hasher.comparedWith).hasSize(2);
        assertThat(hasher.comparedWith.get(1)).as("a stand-in hash for the unknown user").isNotBlank()
                .isNotEqualTo(hasher.comparedWith.get(0));
    }

    @Test
    void fiveFailuresFromOneAddressLockTheUsernameThereUntilTheirFiveMinutesEndSayingHowLong() {
        for (int i = 0; i < 5; i++) {
            assertThat(refusal("alice", "wrong")).isEqualTo(Reason.BAD_CREDENTIALS);
        }
        clock.advance(Duration.ofSeconds(60));

        AuthenticationFailed locked = catchThrowableOfType(AuthenticationFailed.class,
                () -> service.logIn(new LogInCommand("alice", "demo")));

        assertThat(locked.reason()).isEqualTo(Reason.LOCKED);
        assertThat(locked.retryAfter()).contains(Duration.ofMinutes(4));
    }

    @Test
    void aLockedUsernameIsRefusedWithoutCheckingThePassword() {
        for (int i = 0; i < 5; i++) {
            refusal("alice", "wrong");
        }
        hasher.comparedWith.clear();

        assertThat(refusal("alice", "demo")).isEqualTo(Reason.LOCKED);
        assertThat(hasher.comparedWith).isEmpty();
    }

    @Test
    void theLockEndsByItself() {
        for (int i = 0; i < 5; i++) {
            refusal("alice", "wrong");
        }
        clock.advance(Duration.ofMinutes(5));

        assertThat(service.logIn(new LogInCommand("alice", "demo")).value()).isEqualTo("alice|1");
    }

    @Test
    void anUnknownUsernameLocksTheSameWaySoLockingTellsNothingAboutWhoExists() {
        for (int i = 0; i < 5; i++) {
            assertThat(refusal("nobody", "x")).isEqualTo(Reason.BAD_CREDENTIALS);
        }
        assertThat(refusal("nobody", "x")).isEqualTo(Reason.LOCKED);
    }

    @Test
    void changingTheCaseOfTheUsernameBuysNoMoreAttempts() {
        for (String name : List.of("alice", "Alice", "ALICE", "aLiCe", "alicE")) {
            refusal(name, "wrong");
        }
        assertThat(refusal("alice", "demo")).isEqualTo(Reason.LOCKED);
    }

    @Test
    void aSuccessfulLoginClearsTheFailures() {
        for (int i = 0; i < 4; i++) {
            refusal("alice", "wrong");
        }
        service.logIn(new LogInCommand("alice", "demo"));
        for (int i = 0; i < 4; i++) {
            refusal("alice", "wrong");
        }

        assertThat(service.logIn(new LogInCommand("alice", "demo")).value()).isEqualTo("alice|1");
    }

    @Test
    void failuresFromOneAddressNeverLockTheOwnerOutFromAnother() {
        for (int i = 0; i < 50; i++) {
            catchThrowableOfType(AuthenticationFailed.class,
                    () -> service.logIn(new LogInCommand("alice", "wrong", "203.0.113.66")));
        }

        assertThat(catchThrowableOfType(AuthenticationFailed.class,
                () -> service.logIn(new LogInCommand("alice", "demo", "203.0.113.66"))).reason())
                .as("the guesser's address").isIn(Reason.LOCKED, Reason.TOO_MANY_FAILURES_FROM_ADDRESS);
        assertThat(service.logIn(new LogInCommand("alice", "demo", "198.51.100.7")).value())
                .as("the owner, elsewhere").isEqualTo("alice|1");
    }

    @Test
    void sprayingOnePasswordOverManyUsernamesStopsTheAddressAfterTwentyFailures() {
        for (int i = 0; i < 20; i++) {
            String username = "user" + i;
            assertThat(catchThrowableOfType(AuthenticationFailed.class,
                    () -> service.logIn(new LogInCommand(username, "Summer2026!", "203.0.113.9"))).reason())
                    .isEqualTo(Reason.BAD_CREDENTIALS);
        }
        hasher.comparedWith.clear();

        AuthenticationFailed stopped = catchThrowableOfType(AuthenticationFailed.class,
                () -> service.logIn(new LogInCommand("bob", "demo", "203.0.113.9")));

        assertThat(stopped.reason()).isEqualTo(Reason.TOO_MANY_FAILURES_FROM_ADDRESS);
        assertThat(stopped.retryAfter()).contains(Duration.ofMinutes(5));
        assertThat(hasher.comparedWith).as("refused before any hash").isEmpty();
        assertThat(service.logIn(new LogInCommand("bob", "demo", "203.0.113.10")).value()).isEqualTo("bob|2");
    }

    @Test
    void theCountsAreTheStoresSoAnotherNodeOverTheSameStoreSeesTheLock() {
        for (int i = 0; i < 5; i++) {
            refusal("alice", "wrong");
        }
        AuthenticationService anotherNode = new AuthenticationService(credentials, hasher, new NoteTokens(), directory,
                new LoginThrottle(attempts, clock, 5, Duration.ofMinutes(5), 20, Duration.ofMinutes(5)), generations);

        assertThat(catchThrowableOfType(AuthenticationFailed.class,
                () -> anotherNode.logIn(new LogInCommand("alice", "demo"))).reason()).isEqualTo(Reason.LOCKED);
    }

    @Test
    void aTokenIssuedBeforeThePersonsSessionsWereEndedIsRefusedAndANewOneIsAccepted() {
        String before = service.logIn(new LogInCommand("alice", "demo")).value();
        AuthenticatedUser session = service.authenticate(before);

        generations.endSessions(Employees.ALICE);

        assertThat(catchThrowableOfType(AuthenticationFailed.class, () -> service.authenticate(before)).reason())
                .isEqualTo(Reason.REVOKED_TOKEN);
        assertThat(service.stillValid(session)).as("a session opened with it").isFalse();
        String after = service.logIn(new LogInCommand("alice", "demo")).value();
        assertThat(service.authenticate(after).generation()).isEqualTo(1);
        assertThat(service.stillValid(service.authenticate(after))).isTrue();
    }

    @Test
    void aBearerTokenIsAuthenticatedWithOrWithoutItsPrefix() {
        assertThat(service.authenticate("Bearer alice|1").employeeId()).isEqualTo(Employees.ALICE);
        assertThat(service.authenticate("bearer   alice|1").employeeId()).isEqualTo(Employees.ALICE);
        assertThat(service.authenticate("alice|1").employeeId()).isEqualTo(Employees.ALICE);
    }

    @Test
    void theRolesComeFromTheDirectoryNotFromTheToken() {
        assertThat(service.authenticate("Bearer bob|0").roles()).containsExactlyInAnyOrder(Role.EMPLOYEE,
                Role.MANAGER);
    }

    @Test
    void aMissingTokenIsRefused() {
        for (String missing : new String[] {null, "", "  ", "Bearer ", "Bearer    "}) {
            AuthenticationFailed failure = catchThrowableOfType(AuthenticationFailed.class,
                    () -> service.authenticate(missing));
            assertThat(failure.reason()).as("'" + missing + "'").isEqualTo(Reason.MISSING_TOKEN);
        }
    }

    @Test
    void aValidTokenOfAnEmployeeWhoIsNoLongerActiveIsRefused() {
        AuthenticationFailed failure = catchThrowableOfType(AuthenticationFailed.class,
                () -> service.authenticate("Bearer carol|1"));

        assertThat(failure.reason()).isEqualTo(Reason.INACTIVE_USER);
    }

    /** The first administrator's password, set by the operator, opens the first sign-in only with a new one. */
    @org.junit.jupiter.api.Nested
    class APasswordToChangeAtTheFirstSignIn {

        private final AuthenticationService withNewPasswords = new AuthenticationService(credentials, hasher,
                new NoteTokens(), directory, new LoginThrottle(attempts, clock, 5, Duration.ofMinutes(5), 20,
                Duration.ofMinutes(5)), generations, new NewPasswords(new FakePasswordStrength()));

        APasswordToChangeAtTheFirstSignIn() {
            credentials.save(new StoredCredentials("bob", Employees.BOB, hasher.hash("set by the operator"), true));
        }

        @Test
        void withoutANewPasswordItIsRefusedSayingSo() {
            AuthenticationFailed failure = catchThrowableOfType(AuthenticationFailed.class,
                    () -> withNewPasswords.logIn(new LogInCommand("bob", "set by the operator")));

            assertThat(failure.reason()).isEqualTo(Reason.PASSWORD_CHANGE_REQUIRED);
        }

        @Test
        void withANewOneItSignsInAndFromThenOnOnlyTheNewOneWorks() {
            withNewPasswords.logIn(new LogInCommand("bob", "set by the operator", LogInCommand.NO_ADDRESS,
                    "a passphrase bob chose himself"));

            assertThat(credentials.findByUsername("bob")).hasValueSatisfying(c -> assertThat(c.mustChange()).isFalse());
            assertThat(withNewPasswords.logIn(new LogInCommand("bob", "a passphrase bob chose himself")).value())
                    .isEqualTo("bob|2");
            assertThat(refusal("bob", "set by the operator")).isEqualTo(Reason.BAD_CREDENTIALS);
        }

        @Test
        void aGuessableOrTheSameNewPasswordChangesNothing() {
            assertThatThrownBy(() -> withNewPasswords.logIn(new LogInCommand("bob", "set by the operator",
                    LogInCommand.NO_ADDRESS, "password123"))).isInstanceOf(PasswordTooWeak.class);
            assertThatThrownBy(() -> withNewPasswords.logIn(new LogInCommand("bob", "set by the operator",
                    LogInCommand.NO_ADDRESS, "set by the operator"))).isInstanceOf(PasswordUnchanged.class);

            assertThat(credentials.findByUsername("bob")).hasValueSatisfying(c -> assertThat(c.mustChange()).isTrue());
        }
    }
}
