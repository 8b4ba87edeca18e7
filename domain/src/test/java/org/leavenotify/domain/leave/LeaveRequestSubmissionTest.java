package org.leavenotify.domain.leave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.leavenotify.domain.leave.LeaveRequests.MONDAY;
import static org.leavenotify.domain.leave.LeaveRequests.NOW;
import static org.leavenotify.domain.leave.LeaveRequests.aRequest;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

class LeaveRequestSubmissionTest {

    @Test
    void aSubmittedRequestIsPendingAndRaisesTheSubmittedEvent() {
        LeaveRequest request = aRequest().because("Family trip").submit();

        assertThat(request.status()).isEqualTo(LeaveStatus.PENDING);
        assertThat(request.workingDays()).isEqualTo(WorkingDays.of(3));
        assertThat(request.approverId()).isEqualTo(Employees.BOB);
        assertThat(request.createdAt()).isEqualTo(NOW);
        assertThat(request.undispatchedEvents()).singleElement()
                .isInstanceOfSatisfying(LeaveRequestSubmitted.class, event -> {
                    assertThat(event.reason()).isEqualTo("Family trip");
                    assertThat(event.actorId()).isEqualTo(Employees.ALICE);
                    assertThat(event.leave().approverId()).isEqualTo(Employees.BOB);
                });
    }

    @Test
    void aRequestCoveringOnlyAWeekendIsRefused() {
        assertThatThrownBy(() -> aRequest().from(MONDAY.minusDays(2), MONDAY.minusDays(1)).submit())
                .isInstanceOf(NoWorkingDaysInPeriod.class);
    }

    @Test
    void aRequestCoveringOnlyAHolidayIsRefused() {
        HolidayCalendar holiday = new HolidayCalendar(Set.of(MONDAY));

        assertThatThrownBy(() -> aRequest().from(MONDAY, MONDAY).withHolidays(holiday).submit())
                .isInstanceOf(NoWorkingDaysInPeriod.class);
    }

    @Test
    void annualLeaveCannotStartInThePast() {
        LocalDate yesterday = LocalDate.of(2026, 11, 25);

        assertThatThrownBy(() -> aRequest().from(yesterday, yesterday).submit())
                .isInstanceOf(LeaveStartsInThePast.class)
                .hasMessageContaining("earliest allowed start is 2026-11-26");
    }

    @Test
    void annualLeaveMayStartToday() {
        LocalDate today = LocalDate.of(2026, 11, 26);

        assertThat(aRequest().from(today, today).submit().status()).isEqualTo(LeaveStatus.PENDING);
    }

    @Test
    void sickLeaveMayBeBackdatedWithinThePolicy() {
        LocalDate twoWeeksAgo = LocalDate.of(2026, 11, 12);

        LeaveRequest sick = aRequest().ofType(LeaveType.SICK).from(twoWeeksAgo, twoWeeksAgo.plusDays(1)).submit();

        assertThat(sick.status()).isEqualTo(LeaveStatus.PENDING);
    }

    @Test
    void sickLeaveBackdatedBeyondThePolicyIsRefused() {
        LocalDate fifteenDaysAgo = LocalDate.of(2026, 11, 11);

        assertThatThrownBy(() -> aRequest().ofType(LeaveType.SICK).from(fifteenDaysAgo, fifteenDaysAgo).submit())
                .isInstanceOf(LeaveStartsInThePast.class);
    }

    @Test
    void aRequestOverlappingAPendingOneIsRefusedNamingItByItsDaysNotItsId() {
        LeaveRequest pending = aRequest().submit();

        assertThatThrownBy(() -> aRequest().from(MONDAY.plusDays(2), MONDAY.plusDays(4)).alongside(pending).submit())
                .isInstanceOf(OverlappingLeave.class)
                .hasMessageContaining("overlaps your pending " + pending.type().name().toLowerCase() + " leave from "
                        + pending.period())
                .hasMessageNotContaining(pending.id().value())
                .satisfies(refusal -> assertThat(((OverlappingLeave) refusal).other()).isEqualTo(pending.id()));
    }

    @Test
    void aRequestOverlappingAnApprovedOneIsRefused() {
        LeaveRequest approved = LeaveRequests.anApprovedRequest();

        assertThatThrownBy(() -> aRequest().from(MONDAY, MONDAY).alongside(approved).submit())
                .isInstanceOf(OverlappingLeave.class);
    }

    @Test
    void aRejectedOrCancelledRequestNoLongerBlocksTheDays() {
        LeaveRequest rejected = aRequest().submit();
        rejected.reject(Employees.bob(), Employees.alice(), "Team offsite", NOW, LeaveRequests.nextEventId());
        LeaveRequest cancelled = aRequest().submit();
        cancelled.cancel(Employees.alice(), null, NOW, LeaveRequests.POLICY, LeaveRequests.nextEventId());

        LeaveRequest again = aRequest().alongside(rejected, cancelled).submit();

        assertThat(again.status()).isEqualTo(LeaveStatus.PENDING);
    }

    @Test
    void anotherEmployeesLeaveOnTheSameDaysIsNoOverlap() {
        LeaveRequest carols = aRequest().by(Employees.carol()).submit();

        assertThat(aRequest().alongside(carols).submit().status()).isEqualTo(LeaveStatus.PENDING);
    }

    @Test
    void annualLeaveBeyondTheRemainingAllowanceIsRefused() {
        assertThatThrownBy(() -> aRequest().withAllowance(2).submit())
                .isInstanceOf(InsufficientBalance.class)
                .hasMessageContaining("3 days asked, 2 remaining");
    }

    @Test
    void pendingRequestsReserveTheirDays() {
        LeaveRequest pending = aRequest().withAllowance(5).submit();

        assertThatThrownBy(() -> aRequest().from(MONDAY.plusDays(7), MONDAY.plusDays(9)).withAllowance(5)
                .alongside(pending).submit())
                .isInstanceOf(InsufficientBalance.class)
                .hasMessageContaining("3 days asked, 2 remaining");
    }

    @Test
    void annualLeaveUsingTheWholeAllowanceIsAccepted() {
        assertThat(aRequest().withAllowance(3).submit().status()).isEqualTo(LeaveStatus.PENDING);
    }

    @Test
    void sickAndUnpaidLeaveDoNotCountAgainstTheAllowance() {
        assertThat(aRequest().ofType(LeaveType.UNPAID).withAllowance(0).submit().status()).isEqualTo(LeaveStatus.PENDING);
        assertThat(aRequest().ofType(LeaveType.SICK).withAllowance(0).submit().status()).isEqualTo(LeaveStatus.PENDING);
    }

    @Test
    void anEmployeeWithoutAManagerHasNoApprover() {
        LeaveRequest hanas = aRequest().by(Employees.hana()).submit();

        assertThat(hanas.approverId()).isNull();
    }
}
