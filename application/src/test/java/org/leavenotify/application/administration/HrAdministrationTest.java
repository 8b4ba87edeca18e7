package org.leavenotify.application.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.leavenotify.application.demo.DemoOrganisation.ALICE;
import static org.leavenotify.application.demo.DemoOrganisation.BOB;
import static org.leavenotify.application.demo.DemoOrganisation.CAROL;
import static org.leavenotify.application.demo.DemoOrganisation.HANA;

import java.time.Instant;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.leavenotify.application.InMemoryApplication;
import org.leavenotify.application.administration.port.in.ChangeAllowanceUseCase.ChangeAllowanceCommand;
import org.leavenotify.application.administration.port.in.ChangeManagerUseCase.ChangeManagerCommand;
import org.leavenotify.application.administration.port.in.ChangeRolesUseCase.ChangeRolesCommand;
import org.leavenotify.application.administration.port.in.CreateEmployeeUseCase.CreateEmployeeCommand;
import org.leavenotify.application.administration.port.in.DeactivateEmployeeUseCase.DeactivateEmployeeCommand;
import org.leavenotify.application.administration.port.in.EmployeesQuery.EmployeeRecord;
import org.leavenotify.application.administration.port.in.SetPasswordUseCase.SetPasswordCommand;
import org.leavenotify.application.auth.AccessToken;
import org.leavenotify.application.auth.AuthenticationFailed;
import org.leavenotify.application.auth.AuthenticationService;
import org.leavenotify.application.auth.port.in.LogInUseCase.LogInCommand;
import org.leavenotify.application.auth.port.out.AccessTokenPort;
import org.leavenotify.adapter.memory.InMemorySessionTermination.Termination;
import org.leavenotify.application.leave.port.in.ApproveLeaveRequestUseCase.ApproveLeaveRequestCommand;
import org.leavenotify.application.leave.port.in.SubmitLeaveRequestUseCase.SubmitLeaveRequestCommand;
import org.leavenotify.application.notification.NotificationPageRequest;
import org.leavenotify.domain.leave.EmployeeNotFound;
import org.leavenotify.domain.leave.InsufficientBalance;
import org.leavenotify.domain.leave.LeaveBalance;
import org.leavenotify.domain.leave.LeaveRequest;
import org.leavenotify.domain.leave.LeaveRequestNotFound;
import org.leavenotify.domain.leave.LeaveStatus;
import org.leavenotify.domain.leave.LeaveType;
import org.leavenotify.domain.leave.WorkingDays;
import org.leavenotify.domain.notification.Notification;
import org.leavenotify.domain.notification.NotificationType;
import org.leavenotify.domain.organisation.AllowanceBelowBookedLeave;
import org.leavenotify.domain.organisation.CannotRemoveOwnAccess;
import org.leavenotify.domain.organisation.Employee;
import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.organisation.EmployeeInactive;
import org.leavenotify.domain.organisation.ManagerStillHasReports;
import org.leavenotify.domain.organisation.NotAnActiveManager;
import org.leavenotify.domain.organisation.NotAnAdministrator;
import org.leavenotify.domain.organisation.PasswordTooShort;
import org.leavenotify.domain.organisation.ReportingCycle;
import org.leavenotify.domain.organisation.Role;
import org.leavenotify.domain.organisation.UsernameTaken;

/**
 * HR administration over the in-memory adapters and the demo organisation (Alice and Carol report to
 * Bob, Bob to Hana, who is HR). "Now" is Thursday 2026-11-26.
 */
class HrAdministrationTest {

    private static final EmployeeId DAN = new EmployeeId("dan");
    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
    private static final String DANS_PASSWORD = "dan's first password";

    private final InMemoryApplication app = new InMemoryApplication();

    /** Dan, a new manager at the top of the hierarchy, as the scenarios have him. */
    private Employee hireDan() {
        return app.administration.create(new CreateEmployeeCommand(HANA, "dan", "Dan Doyle",
                Set.of(Role.MANAGER), null, WorkingDays.of(25), DANS_PASSWORD));
    }

    private LeaveRequest submit(EmployeeId who, LocalDate start, LocalDate end) {
        return app.leave.submit(new SubmitLeaveRequestCommand(who, LeaveType.ANNUAL, start, end, "Time off"));
    }

    private List<Notification> notificationsOf(EmployeeId who) {
        return app.notificationService.list(NotificationPageRequest.newest(who, 100)).items();
    }

    private List<Notification> notificationsOf(EmployeeId who, NotificationType type) {
        return notificationsOf(who).stream().filter(n -> n.type() == type).toList();
    }

    @Nested
    class Creating {

        @Test
        void hrCreatesAnActiveEmployeeWhoseIdIsTheirUsername() {
            Employee dan = hireDan();

            assertThat(dan.id()).isEqualTo(DAN);
            assertThat(app.directory.findById(DAN)).contains(new Employee(DAN, "dan", "Dan Doyle",
                    Set.of(Role.EMPLOYEE, Role.MANAGER), null, true));
        }

        @Test
        void theNewEmployeeHasTheirAllowanceThisYearAndNext() {
            hireDan();

            assertThat(app.allowances.annualAllowance(DAN, 2026)).isEqualTo(WorkingDays.of(25));
            assertThat(app.allowances.annualAllowance(DAN, 2027)).isEqualTo(WorkingDays.of(25));
            assertThat(app.allowances.annualAllowance(DAN, 2028)).isEqualTo(WorkingDays.NONE);
        }

        @Test
        void theNewEmployeeLogsInWithTheInitialPassword() {
            hireDan();

            AccessToken token = authentication().logIn(new LogInCommand("dan", DANS_PASSWORD));

            assertThat(token.value()).startsWith("dan|");
        }

        @Test
        void aTakenUsernameIsRefusedAndNothingChanges() {
            UsernameTaken refused = catchThrowableOfType(UsernameTaken.class, () -> app.administration.create(
                    new CreateEmployeeCommand(HANA, "alice", "Another Alice", Set.of(), BOB, WorkingDays.of(10),
                            "a password of ours")));

            assertThat(refused.kind()).isEqualTo(UsernameTaken.Kind.STATE_CONFLICT);
            assertThat(app.directory.findById(ALICE).orElseThrow().displayName()).isEqualTo("Alice Archer");
            assertThat(app.allowances.annualAllowance(ALICE, 2026)).isEqualTo(WorkingDays.of(25));
            assertThat(authentication().logIn(new LogInCommand("alice", "demo"))).isNotNull();
        }

        @Test
        void theManagerMustBeAnActiveManager() {
            assertThatThrownBy(() -> app.administration.create(new CreateEmployeeCommand(HANA, "erin", "Erin Eve",
                    Set.of(), ALICE, WorkingDays.of(25), "a quiet morning walk")))
                    .isInstanceOf(NotAnActiveManager.class);
            assertThat(app.directory.findById(new EmployeeId("erin"))).isEmpty();
        }

        @Test
        void aShortInitialPasswordIsRefusedAndNobodyIsCreated() {
            assertThatThrownBy(() -> app.administration.create(new CreateEmployeeCommand(HANA, "erin", "Erin Eve",
                    Set.of(), BOB, WorkingDays.of(25), "short")))
                    .isInstanceOf(PasswordTooShort.class);
            assertThat(app.directory.findById(new EmployeeId("erin"))).isEmpty();
        }

        @Test
        void onlyHrCreatesEmployees() {
            assertThatThrownBy(() -> app.administration.create(new CreateEmployeeCommand(BOB, "erin", "Erin Eve",
                    Set.of(), BOB, WorkingDays.of(25), "a quiet morning walk")))
                    .isInstanceOf(NotAnAdministrator.class);
            assertThat(app.directory.findById(new EmployeeId("erin"))).isEmpty();
        }

        @Test
        void someoneCreatedWithoutAPasswordCannotLogInUntilHrSetsOne() {
            app.administration.create(new CreateEmployeeCommand(HANA, "erin", "Erin Eve", Set.of(), BOB,
                    WorkingDays.of(25), null));
            assertThatThrownBy(() -> authentication().logIn(new LogInCommand("erin", "anything at all")))
                    .isInstanceOf(AuthenticationFailed.class);

            app.administration.setPassword(new SetPasswordCommand(HANA, new EmployeeId("erin"), "a quiet morning walk"));

            assertThat(authentication().logIn(new LogInCommand("erin", "a quiet morning walk"))).isNotNull();
        }
    }

    @Nested
    class MovingSomeoneToAnotherManager {

        @Test
        void carolsPendingRequestNowWaitsForDanAndDanIsTold() {
            hireDan();
            LeaveRequest request = submit(CAROL, MONDAY, MONDAY.plusDays(2));

            app.administration.changeManager(new ChangeManagerCommand(HANA, CAROL, DAN));

            LeaveRequest moved = app.requests.findById(request.id()).orElseThrow();
            assertThat(moved.approverId()).isEqualTo(DAN);
            assertThat(moved.status()).isEqualTo(LeaveStatus.PENDING);
            assertThat(moved.undispatchedEvents()).isEmpty();
            assertThat(notificationsOf(DAN, NotificationType.LEAVE_REQUEST_REASSIGNED)).singleElement()
                    .satisfies(n -> {
                        assertThat(n.leaveRequestId()).isEqualTo(request.id());
                        assertThat(n.actor().id()).isEqualTo(HANA);
                    });
        }

        @Test
        void carolAndBothManagersAreToldAboutTheMove() {
            hireDan();

            app.administration.changeManager(new ChangeManagerCommand(HANA, CAROL, DAN));

            for (EmployeeId told : List.of(CAROL, BOB, DAN)) {
                assertThat(notificationsOf(told, NotificationType.MANAGER_CHANGED)).as("told %s", told)
                        .singleElement().satisfies(n -> {
                            assertThat(n.leaveRequestId()).isNull();
                            assertThat(n.actor().displayName()).isEqualTo("Hana Hughes");
                        });
            }
            assertThat(notificationsOf(CAROL).get(0).title()).isEqualTo("Your manager is now Dan Doyle");
            assertThat(notificationsOf(ALICE)).isEmpty();
            assertThat(app.directory.undispatchedEvents(CAROL)).isEmpty();
        }

        @Test
        void someoneOnlineIsToldAtOnce() {
            hireDan();
            app.presence.connected(DAN);

            app.administration.changeManager(new ChangeManagerCommand(HANA, CAROL, DAN));

            assertThat(app.pushed.deliveredTo(DAN)).extracting(Notification::type)
                    .containsExactly(NotificationType.MANAGER_CHANGED);
            assertThat(app.pushed.lastUnreadCountOf(DAN)).isEqualTo(1);
        }

        @Test
        void danDecidesTheMovedRequestAndBobNoLongerMay() {
            hireDan();
            LeaveRequest request = submit(CAROL, MONDAY, MONDAY.plusDays(2));
            app.administration.changeManager(new ChangeManagerCommand(HANA, CAROL, DAN));

            assertThatThrownBy(() -> app.leave.approve(new ApproveLeaveRequestCommand(BOB, request.id(), null)))
                    .isInstanceOf(LeaveRequestNotFound.class);
            app.leave.approve(new ApproveLeaveRequestCommand(DAN, request.id(), null));

            assertThat(app.requests.findById(request.id()).orElseThrow().status()).isEqualTo(LeaveStatus.APPROVED);
            assertThat(app.queries.teamRequests(DAN, java.util.Optional.empty())).extracting(LeaveRequest::id)
                    .containsExactly(request.id());
        }

        @Test
        void decidedRequestsStayWithTheManagerWhoDecidedThem() {
            hireDan();
            LeaveRequest approved = submit(CAROL, MONDAY, MONDAY.plusDays(2));
            app.leave.approve(new ApproveLeaveRequestCommand(BOB, approved.id(), null));

            app.administration.changeManager(new ChangeManagerCommand(HANA, CAROL, DAN));

            assertThat(app.requests.findById(approved.id()).orElseThrow().approverId()).isEqualTo(BOB);
            assertThat(notificationsOf(DAN, NotificationType.LEAVE_REQUEST_REASSIGNED)).isEmpty();
        }

        @Test
        void laterRequestsOfCarolGoToDan() {
            hireDan();
            app.administration.changeManager(new ChangeManagerCommand(HANA, CAROL, DAN));

            LeaveRequest later = submit(CAROL, MONDAY, MONDAY);

            assertThat(later.approverId()).isEqualTo(DAN);
            assertThat(notificationsOf(DAN, NotificationType.LEAVE_REQUEST_SUBMITTED)).hasSize(1);
            assertThat(notificationsOf(BOB, NotificationType.LEAVE_REQUEST_SUBMITTED)).isEmpty();
        }

        @Test
        void movingCarolToBobAgainChangesNothingAndTellsNobody() {
            submit(CAROL, MONDAY, MONDAY);
            int before = notificationsOf(BOB).size();

            Employee carol = app.administration.changeManager(new ChangeManagerCommand(HANA, CAROL, BOB));

            assertThat(carol.managerId()).isEqualTo(BOB);
            assertThat(notificationsOf(BOB)).hasSize(before);
            assertThat(notificationsOf(CAROL)).isEmpty();
        }

        @Test
        void aReportingCycleIsRefused() {
            hireDan();
            app.administration.changeManager(new ChangeManagerCommand(HANA, DAN, BOB));

            assertThatThrownBy(() -> app.administration.changeManager(new ChangeManagerCommand(HANA, BOB, DAN)))
                    .isInstanceOf(ReportingCycle.class);
            assertThat(app.directory.findById(BOB).orElseThrow().managerId()).isEqualTo(HANA);
        }

        @Test
        void theNewManagerMustBeAnActiveManager() {
            assertThatThrownBy(() -> app.administration.changeManager(new ChangeManagerCommand(HANA, CAROL, ALICE)))
                    .isInstanceOf(NotAnActiveManager.class);
        }

        @Test
        void anUnknownEmployeeIsNotFound() {
            assertThatThrownBy(() -> app.administration.changeManager(
                    new ChangeManagerCommand(HANA, new EmployeeId("nobody"), BOB)))
                    .isInstanceOf(EmployeeNotFound.class);
        }

        @Test
        void onlyHrMovesPeople() {
            hireDan();

            assertThatThrownBy(() -> app.administration.changeManager(new ChangeManagerCommand(BOB, CAROL, DAN)))
                    .isInstanceOf(NotAnAdministrator.class);
            assertThat(app.directory.findById(CAROL).orElseThrow().managerId()).isEqualTo(BOB);
        }

        @Test
        void someoneMovedOutOfAnyTeamHasTheirRequestsDecidedByHr() {
            LeaveRequest request = submit(CAROL, MONDAY, MONDAY);

            app.administration.changeManager(new ChangeManagerCommand(HANA, CAROL, null));

            assertThat(app.requests.findById(request.id()).orElseThrow().approverId()).isNull();
            app.leave.approve(new ApproveLeaveRequestCommand(HANA, request.id(), null));
            assertThat(app.requests.findById(request.id()).orElseThrow().status()).isEqualTo(LeaveStatus.APPROVED);
        }
    }

    @Nested
    class ChangingRoles {

        @Test
        void aliceBecomesAManagerAndCanHaveReports() {
            app.administration.changeRoles(new ChangeRolesCommand(HANA, ALICE, Set.of(Role.MANAGER)));

            app.administration.changeManager(new ChangeManagerCommand(HANA, CAROL, ALICE));

            assertThat(app.directory.findById(CAROL).orElseThrow().managerId()).isEqualTo(ALICE);
        }

        @Test
        void aRoleChangeEndsEarlierTokensAndTheNextLoginCarriesTheNewRoles() {
            AuthenticationService authentication = authentication();
            AccessToken token = authentication.logIn(new LogInCommand("alice", "demo"));

            app.administration.changeRoles(new ChangeRolesCommand(HANA, ALICE, Set.of(Role.MANAGER)));

            assertThatThrownBy(() -> authentication.authenticate(token.value()))
                    .isInstanceOfSatisfying(org.leavenotify.application.auth.AuthenticationFailed.class, refused ->
                            assertThat(refused.reason()).isEqualTo(
                                    org.leavenotify.application.auth.AuthenticationFailed.Reason.REVOKED_TOKEN));
            AccessToken next = authentication.logIn(new LogInCommand("alice", "demo"));
            assertThat(authentication.authenticate(next.value()).roles())
                    .containsExactlyInAnyOrder(Role.EMPLOYEE, Role.MANAGER);
        }

        @Test
        void anHrPasswordResetEndsEarlierTokensToo() {
            AuthenticationService authentication = authentication();
            AccessToken token = authentication.logIn(new LogInCommand("alice", "demo"));

            app.administration.setPassword(new SetPasswordCommand(HANA, ALICE, "a quiet morning walk"));

            assertThatThrownBy(() -> authentication.authenticate(token.value()))
                    .isInstanceOf(org.leavenotify.application.auth.AuthenticationFailed.class);
        }

        @Test
        void bobKeepsTheManagerRoleWhileAliceAndCarolReportToHim() {
            assertThatThrownBy(() -> app.administration.changeRoles(new ChangeRolesCommand(HANA, BOB, Set.of())))
                    .isInstanceOf(ManagerStillHasReports.class);
            assertThat(app.directory.findById(BOB).orElseThrow().hasRole(Role.MANAGER)).isTrue();
        }

        @Test
        void hanaCannotDropHerOwnHrRole() {
            assertThatThrownBy(() -> app.administration.changeRoles(new ChangeRolesCommand(HANA, HANA, Set.of())))
                    .isInstanceOf(CannotRemoveOwnAccess.class);
        }
    }

    @Nested
    class ChangingAllowances {

        @Test
        void hrSetsAnAllowanceForAYear() {
            LeaveBalance balance = app.administration.changeAllowance(new ChangeAllowanceCommand(HANA, ALICE, 2027,
                    WorkingDays.of(30)));

            assertThat(app.allowances.annualAllowance(ALICE, 2027)).isEqualTo(WorkingDays.of(30));
            assertThat(balance.allowance()).isEqualTo(WorkingDays.of(30));
            assertThat(balance.remaining()).isEqualByComparingTo("30");
        }

        @Test
        void anAllowanceCannotGoBelowTheLeaveAlreadyBooked() {
            submit(ALICE, MONDAY, MONDAY.plusDays(2));

            assertThatThrownBy(() -> app.administration.changeAllowance(new ChangeAllowanceCommand(HANA, ALICE, 2026,
                    WorkingDays.of(2)))).isInstanceOf(AllowanceBelowBookedLeave.class);
            assertThat(app.administration.changeAllowance(new ChangeAllowanceCommand(HANA, ALICE, 2026,
                    WorkingDays.of(3))).remaining()).isEqualByComparingTo("0");
        }

        @Test
        void anAllowanceLoweredWhileASubmissionIsUnderWayNeverLeavesMoreBookedThanAllowed() throws Exception {
            ExecutorService threads = Executors.newFixedThreadPool(2);
            try {
                for (int round = 0; round < 50; round++) {
                    int year = 2040 + round;
                    app.administration.changeAllowance(new ChangeAllowanceCommand(HANA, ALICE, year, WorkingDays.of(5)));
                    LocalDate monday = LocalDate.of(year, 3, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
                    CyclicBarrier start = new CyclicBarrier(2);
                    Future<Boolean> submitted = threads.submit(() -> {
                        start.await();
                        try {
                            app.leave.submit(new SubmitLeaveRequestCommand(ALICE, LeaveType.ANNUAL, monday,
                                    monday.plusDays(2), null));
                            return true;
                        } catch (InsufficientBalance refused) {
                            return false;
                        }
                    });
                    Future<Boolean> lowered = threads.submit(() -> {
                        start.await();
                        try {
                            app.administration.changeAllowance(new ChangeAllowanceCommand(HANA, ALICE, year,
                                    WorkingDays.of(2)));
                            return true;
                        } catch (AllowanceBelowBookedLeave refused) {
                            return false;
                        }
                    });

                    assertThat(submitted.get(30, TimeUnit.SECONDS) ^ lowered.get(30, TimeUnit.SECONDS))
                            .as("round %d: exactly one of the two went through", round).isTrue();
                    LeaveBalance balance = app.queries.myBalances(ALICE, year).stream()
                            .filter(b -> b.type() == LeaveType.ANNUAL).findFirst().orElseThrow();
                    assertThat(balance.remaining()).as("round %d", round).isNotNegative();
                }
            } finally {
                threads.shutdownNow();
            }
        }

        @Test
        void onlyHrChangesAllowances() {
            assertThatThrownBy(() -> app.administration.changeAllowance(new ChangeAllowanceCommand(BOB, ALICE, 2026,
                    WorkingDays.of(40)))).isInstanceOf(NotAnAdministrator.class);
            assertThat(app.allowances.annualAllowance(ALICE, 2026)).isEqualTo(WorkingDays.of(25));
        }
    }

    @Nested
    class Deactivating {

        @Test
        void aDeactivatedEmployeeCanNoLongerLogIn() {
            app.administration.deactivate(new DeactivateEmployeeCommand(HANA, ALICE));

            assertThat(catchThrowableOfType(AuthenticationFailed.class,
                    () -> authentication().logIn(new LogInCommand("alice", "demo"))).reason())
                    .isEqualTo(AuthenticationFailed.Reason.BAD_CREDENTIALS);
        }

        @Test
        void theTokensTheyAlreadyHoldAreRefusedAtOnce() {
            AuthenticationService authentication = authentication();
            AccessToken token = authentication.logIn(new LogInCommand("alice", "demo"));
            assertThat(authentication.authenticate("Bearer " + token.value()).employeeId()).isEqualTo(ALICE);

            app.administration.deactivate(new DeactivateEmployeeCommand(HANA, ALICE));

            assertThat(catchThrowableOfType(AuthenticationFailed.class,
                    () -> authentication.authenticate("Bearer " + token.value())).reason())
                    .isEqualTo(AuthenticationFailed.Reason.INACTIVE_USER);
        }

        @Test
        void theirLiveSessionsAreClosedSayingWhy() {
            app.presence.connected(ALICE);
            app.presence.connected(ALICE);

            app.administration.deactivate(new DeactivateEmployeeCommand(HANA, ALICE));

            assertThat(app.sessionTermination.terminations()).containsExactly(
                    new Termination(ALICE, "INACTIVE_USER: the account is not active", 2));
        }

        @Test
        void bobStaysActiveUntilAliceAndCarolHaveAnotherManager() {
            hireDan();
            assertThatThrownBy(() -> app.administration.deactivate(new DeactivateEmployeeCommand(HANA, BOB)))
                    .isInstanceOf(ManagerStillHasReports.class);
            assertThat(app.sessionTermination.terminations()).isEmpty();

            app.administration.changeManager(new ChangeManagerCommand(HANA, ALICE, DAN));
            app.administration.changeManager(new ChangeManagerCommand(HANA, CAROL, DAN));
            Employee bob = app.administration.deactivate(new DeactivateEmployeeCommand(HANA, BOB));

            assertThat(bob.active()).isFalse();
        }

        @Test
        void aDeactivatedEmployeeCannotBeMovedOrGivenAPassword() {
            app.administration.deactivate(new DeactivateEmployeeCommand(HANA, ALICE));

            assertThatThrownBy(() -> app.administration.changeManager(new ChangeManagerCommand(HANA, ALICE, null)))
                    .isInstanceOf(EmployeeInactive.class);
            assertThatThrownBy(() -> app.administration.setPassword(new SetPasswordCommand(HANA, ALICE,
                    "a brand new password"))).isInstanceOf(EmployeeInactive.class);
        }

        @Test
        void hanaCannotDeactivateHerself() {
            assertThatThrownBy(() -> app.administration.deactivate(new DeactivateEmployeeCommand(HANA, HANA)))
                    .isInstanceOf(CannotRemoveOwnAccess.class);
        }

        @Test
        void onlyHrDeactivates() {
            assertThatThrownBy(() -> app.administration.deactivate(new DeactivateEmployeeCommand(BOB, ALICE)))
                    .isInstanceOf(NotAnAdministrator.class);
            assertThat(app.directory.findById(ALICE).orElseThrow().active()).isTrue();
        }

        @Test
        void someoneWhoLostTheHrRoleCanNoLongerAdminister() {
            app.administration.changeRoles(new ChangeRolesCommand(HANA, BOB, Set.of(Role.MANAGER, Role.HR_ADMIN)));
            app.administration.changeRoles(new ChangeRolesCommand(BOB, HANA, Set.of(Role.EMPLOYEE)));

            assertThatThrownBy(() -> app.administration.deactivate(new DeactivateEmployeeCommand(HANA, CAROL)))
                    .isInstanceOf(NotAnAdministrator.class);
        }
    }

    @Nested
    class Viewing {

        @Test
        void hrSeesEveryoneByUsernameAndOnePersonWithTheirAllowance() {
            assertThat(app.administration.allEmployees(HANA)).extracting(Employee::username)
                    .containsExactly("alice", "bob", "carol", "hana");
            assertThat(app.administration.employee(HANA, ALICE))
                    .isEqualTo(new EmployeeRecord(app.directory.findById(ALICE).orElseThrow(), 2026, WorkingDays.of(25)));
        }

        @Test
        void othersMayNotLook() {
            assertThatThrownBy(() -> app.administration.allEmployees(ALICE)).isInstanceOf(NotAnAdministrator.class);
            assertThatThrownBy(() -> app.administration.employee(BOB, ALICE)).isInstanceOf(NotAnAdministrator.class);
        }
    }

    private AuthenticationService authentication() {
        return app.authentication(new NoteTokens());
    }

    /** Tokens that are just "subject|n": enough to log in and check them again. */
    static final class NoteTokens implements AccessTokenPort {
        @Override
        public AccessToken issue(EmployeeId subject, Set<Role> roles, long generation) {
            return new AccessToken(subject.value() + "|" + roles.size() + (generation == 0 ? "" : "|" + generation),
                    Instant.parse("2099-01-01T00:00:00Z"));
        }

        @Override
        public VerifiedToken verify(String token) {
            String[] parts = token.split("\\|");
            return new VerifiedToken(new EmployeeId(parts[0]), Set.of(), Instant.parse("2099-01-01T00:00:00Z"),
                    parts.length > 2 ? Long.parseLong(parts[2]) : 0);
        }
    }
}
