package org.leavenotify.application.leave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.leavenotify.application.demo.DemoOrganisation.ALICE;
import static org.leavenotify.application.demo.DemoOrganisation.BOB;
import static org.leavenotify.application.demo.DemoOrganisation.CAROL;
import static org.leavenotify.application.demo.DemoOrganisation.HANA;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.leavenotify.application.InMemoryApplication;
import org.leavenotify.application.leave.port.in.ApproveLeaveRequestUseCase.ApproveLeaveRequestCommand;
import org.leavenotify.application.leave.port.in.CancelLeaveRequestUseCase.CancelLeaveRequestCommand;
import org.leavenotify.application.leave.port.in.RejectLeaveRequestUseCase.RejectLeaveRequestCommand;
import org.leavenotify.application.leave.port.in.SubmitLeaveRequestUseCase.SubmitLeaveRequestCommand;
import org.leavenotify.domain.leave.CannotDecideOwnRequest;
import org.leavenotify.domain.leave.EmployeeNotFound;
import org.leavenotify.domain.leave.InsufficientBalance;
import org.leavenotify.domain.leave.LeaveAlreadyStarted;
import org.leavenotify.domain.leave.LeaveRequest;
import org.leavenotify.domain.leave.LeaveRequestId;
import org.leavenotify.domain.leave.LeaveRequestNotFound;
import org.leavenotify.domain.leave.LeaveRequestNotPending;
import org.leavenotify.domain.leave.LeaveStatus;
import org.leavenotify.domain.leave.LeaveType;
import org.leavenotify.domain.leave.NotAManager;
import org.leavenotify.domain.leave.NotTheRequester;
import org.leavenotify.domain.leave.OverlappingLeave;
import org.leavenotify.domain.leave.RejectionNeedsReason;
import org.leavenotify.domain.notification.Notification;
import org.leavenotify.domain.notification.NotificationType;
import org.leavenotify.domain.organisation.EmployeeId;

class LeaveRequestServiceTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

    private final InMemoryApplication app = new InMemoryApplication();

    @Test
    void submittingStoresAPendingRequestAndTellsTheManager() {
        LeaveRequest request = submit(ALICE, MONDAY, MONDAY.plusDays(2));

        assertThat(app.requests.findById(request.id())).get().extracting(LeaveRequest::status)
                .isEqualTo(LeaveStatus.PENDING);
        assertThat(notificationsOf(BOB)).singleElement().satisfies(notification -> {
            assertThat(notification.type()).isEqualTo(NotificationType.LEAVE_REQUEST_SUBMITTED);
            assertThat(notification.leaveRequestId()).isEqualTo(request.id());
            assertThat(notification.actor().displayName()).isEqualTo("Alice Archer");
        });
        assertThat(app.requests.findById(request.id()).orElseThrow().undispatchedEvents()).isEmpty();
    }

    @Test
    void theNamesOfThePeopleARequestNamesAreGivenOnceEachAndUnknownOnesLeftOut() {
        var names = app.queries.displayNames(java.util.List.of(ALICE, BOB, ALICE,
                new org.leavenotify.domain.organisation.EmployeeId("gone")));

        assertThat(names).containsExactly(java.util.Map.entry(ALICE, "Alice Archer"), java.util.Map.entry(BOB, "Bob Baker"));
    }

    @Test
    void approvingTellsTheEmployee() {
        LeaveRequest request = submit(ALICE, MONDAY, MONDAY.plusDays(2));

        LeaveRequest approved = app.leave.approve(new ApproveLeaveRequestCommand(BOB, request.id(), "Enjoy"));

        assertThat(approved.status()).isEqualTo(LeaveStatus.APPROVED);
        assertThat(notificationsOf(ALICE)).singleElement()
                .extracting(Notification::type).isEqualTo(NotificationType.LEAVE_REQUEST_APPROVED);
    }

    @Test
    void rejectingTellsTheEmployeeWhy() {
        LeaveRequest request = submit(ALICE, MONDAY, MONDAY.plusDays(2));

        app.leave.reject(new RejectLeaveRequestCommand(BOB, request.id(), "Release week"));

        assertThat(notificationsOf(ALICE)).singleElement()
                .satisfies(notification -> assertThat(notification.message()).endsWith("Reason: Release week"));
    }

    @Test
    void aRejectionWithoutReasonIsRefusedBeforeAnythingIsLoaded() {
        assertThatThrownBy(() -> new RejectLeaveRequestCommand(BOB, new LeaveRequestId("x"), " "))
                .isInstanceOf(RejectionNeedsReason.class);
    }

    @Test
    void cancellingTellsTheManagerAndGivesTheDaysBack() {
        LeaveRequest request = submit(ALICE, MONDAY, MONDAY.plusDays(2));
        app.leave.approve(new ApproveLeaveRequestCommand(BOB, request.id(), null));

        app.leave.cancel(new CancelLeaveRequestCommand(ALICE, request.id(), "Plans changed"));

        assertThat(notificationsOf(BOB)).extracting(Notification::type)
                .containsExactly(NotificationType.LEAVE_REQUEST_CANCELLED, NotificationType.LEAVE_REQUEST_SUBMITTED);
        assertThat(app.queries.myBalances(ALICE)).filteredOn(balance -> balance.type() == LeaveType.ANNUAL)
                .singleElement().satisfies(balance -> assertThat(balance.remaining()).isEqualByComparingTo("25"));
    }

    @Test
    void overlappingRequestsAreRefusedAndNothingIsStoredOrNotified() {
        submit(ALICE, MONDAY, MONDAY.plusDays(2));

        assertThatThrownBy(() -> submit(ALICE, MONDAY.plusDays(1), MONDAY.plusDays(3)))
                .isInstanceOf(OverlappingLeave.class);
        assertThat(app.queries.myRequests(ALICE)).hasSize(1);
        assertThat(notificationsOf(BOB)).hasSize(1);
    }

    @Test
    void askingForMoreThanTheBalanceIsRefused() {
        assertThatThrownBy(() -> submit(ALICE, LocalDate.of(2027, 6, 1), LocalDate.of(2027, 7, 31)))
                .isInstanceOf(InsufficientBalance.class);
    }

    @Test
    void holidaysOfTheCalendarAreNotCounted() {
        LeaveRequest christmasWeek = submit(ALICE, LocalDate.of(2026, 12, 21), LocalDate.of(2026, 12, 25));

        assertThat(christmasWeek.workingDays().toString()).isEqualTo("4");
    }

    @Test
    void approvingYourOwnRequestIsRefused() {
        LeaveRequest bobs = submit(BOB, MONDAY, MONDAY);

        assertThatThrownBy(() -> app.leave.approve(new ApproveLeaveRequestCommand(BOB, bobs.id(), null)))
                .isInstanceOf(CannotDecideOwnRequest.class);
    }

    @Test
    void someoneWhoIsNotTheManagerIsToldTheRequestDoesNotExist() {
        LeaveRequest alices = submit(ALICE, MONDAY, MONDAY);

        assertThatThrownBy(() -> app.leave.approve(new ApproveLeaveRequestCommand(CAROL, alices.id(), null)))
                .isInstanceOf(LeaveRequestNotFound.class);
        assertThat(app.requests.findById(alices.id()).orElseThrow().status()).isEqualTo(LeaveStatus.PENDING);
    }

    @Test
    void hrApprovesForAnyone() {
        LeaveRequest alices = submit(ALICE, MONDAY, MONDAY);

        assertThat(app.leave.approve(new ApproveLeaveRequestCommand(HANA, alices.id(), null)).status())
                .isEqualTo(LeaveStatus.APPROVED);
    }

    @Test
    void theManagerCannotCancelForTheEmployee() {
        LeaveRequest alices = submit(ALICE, MONDAY, MONDAY);

        assertThatThrownBy(() -> app.leave.cancel(new CancelLeaveRequestCommand(BOB, alices.id(), null)))
                .isInstanceOf(NotTheRequester.class);
    }

    @Test
    void leaveThatHasStartedCannotBeCancelled() {
        LeaveRequest alices = submit(ALICE, MONDAY, MONDAY.plusDays(2));
        app.leave.approve(new ApproveLeaveRequestCommand(BOB, alices.id(), null));
        app.clock.advance(Duration.ofDays(11));

        assertThatThrownBy(() -> app.leave.cancel(new CancelLeaveRequestCommand(ALICE, alices.id(), null)))
                .isInstanceOf(LeaveAlreadyStarted.class);
    }

    @Test
    void aDecidedRequestCannotBeDecidedAgain() {
        LeaveRequest alices = submit(ALICE, MONDAY, MONDAY);
        app.leave.reject(new RejectLeaveRequestCommand(BOB, alices.id(), "No"));

        assertThatThrownBy(() -> app.leave.approve(new ApproveLeaveRequestCommand(BOB, alices.id(), null)))
                .isInstanceOf(LeaveRequestNotPending.class);
        assertThat(notificationsOf(ALICE)).hasSize(1);
    }

    @Test
    void anUnknownEmployeeCannotSubmit() {
        assertThatThrownBy(() -> submit(new EmployeeId("nobody"), MONDAY, MONDAY)).isInstanceOf(EmployeeNotFound.class);
    }

    @Test
    void theTeamViewListsTheReportsRequestsNewestFirst() {
        LeaveRequest alices = submit(ALICE, MONDAY, MONDAY);
        app.clock.advance(Duration.ofMinutes(1));
        LeaveRequest carols = submit(CAROL, MONDAY, MONDAY);
        app.clock.advance(Duration.ofMinutes(1));
        submit(BOB, MONDAY, MONDAY);
        app.leave.approve(new ApproveLeaveRequestCommand(BOB, alices.id(), null));

        assertThat(app.queries.teamRequests(BOB, Optional.empty())).extracting(LeaveRequest::id)
                .containsExactly(carols.id(), alices.id());
        assertThat(app.queries.teamRequests(BOB, Optional.of(LeaveStatus.PENDING))).extracting(LeaveRequest::id)
                .containsExactly(carols.id());
    }

    @Test
    void onlyManagersHaveATeamView() {
        assertThatThrownBy(() -> app.queries.teamRequests(ALICE, Optional.empty())).isInstanceOf(NotAManager.class);
    }

    @Test
    void someoneWithDirectReportsHasATeamViewWithoutTheManagerRole() {
        LeaveRequest bobs = submit(BOB, MONDAY, MONDAY);

        // hana is bob's manager, with the EMPLOYEE and HR_ADMIN roles only
        assertThat(app.queries.teamRequests(HANA, Optional.empty())).extracting(LeaveRequest::id)
                .containsExactly(bobs.id());
    }

    @Test
    void aRequestIsVisibleToItsOwnerTheirManagerAndHrOnly() {
        LeaveRequest alices = submit(ALICE, MONDAY, MONDAY);

        assertThat(app.queries.view(ALICE, alices.id())).isEqualTo(alices);
        assertThat(app.queries.view(BOB, alices.id())).isEqualTo(alices);
        assertThat(app.queries.view(HANA, alices.id())).isEqualTo(alices);
        assertThatThrownBy(() -> app.queries.view(CAROL, alices.id())).isInstanceOf(LeaveRequestNotFound.class);
    }

    @Test
    void balancesShowAllowanceUsedReservedAndRemaining() {
        LeaveRequest approved = submit(ALICE, MONDAY, MONDAY.plusDays(2));
        app.leave.approve(new ApproveLeaveRequestCommand(BOB, approved.id(), null));
        submit(ALICE, MONDAY.plusDays(7), MONDAY.plusDays(7));

        assertThat(app.queries.myBalances(ALICE, 2026)).filteredOn(balance -> balance.type() == LeaveType.ANNUAL)
                .singleElement().satisfies(balance -> {
                    assertThat(balance.allowance().toString()).isEqualTo("25");
                    assertThat(balance.used().toString()).isEqualTo("3");
                    assertThat(balance.reserved().toString()).isEqualTo("1");
                    assertThat(balance.remaining()).isEqualByComparingTo("21");
                });
        assertThat(app.queries.myBalances(ALICE, 2026)).filteredOn(balance -> balance.type() == LeaveType.SICK)
                .singleElement().satisfies(balance -> assertThat(balance.remaining()).isNull());
    }

    private LeaveRequest submit(EmployeeId employee, LocalDate start, LocalDate end) {
        return app.leave.submit(new SubmitLeaveRequestCommand(employee, LeaveType.ANNUAL, start, end, "Family trip"));
    }

    private java.util.List<Notification> notificationsOf(EmployeeId recipient) {
        return app.notificationService.list(
                org.leavenotify.application.notification.NotificationPageRequest.newest(recipient, 100)).items();
    }
}
