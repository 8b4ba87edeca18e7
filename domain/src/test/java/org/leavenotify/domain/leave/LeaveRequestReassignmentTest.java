package org.leavenotify.domain.leave;

import org.leavenotify.domain.organisation.Employee;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.leavenotify.domain.leave.LeaveRequests.NOW;
import static org.leavenotify.domain.leave.LeaveRequests.nextEventId;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.leavenotify.domain.shared.EventId;

/** A pending request follows its requester to a new manager; holidays change the days it counts. */
class LeaveRequestReassignmentTest {

    @Test
    void aPendingRequestMovesToTheNewManagerWhoMustNowDecideIt() {
        LeaveRequest request = LeaveRequests.aRequest().by(Employees.carol()).submit();
        EventId eventId = nextEventId();

        LeaveRequestReassigned event = request.reassign(Employees.DAN, Employees.HANA, NOW, eventId).orElseThrow();

        assertThat(request.approverId()).isEqualTo(Employees.DAN);
        assertThat(event.eventId()).isEqualTo(eventId);
        assertThat(event.leave().approverId()).isEqualTo(Employees.DAN);
        assertThat(event.previousApproverId()).isEqualTo(Employees.BOB);
        assertThat(event.actorId()).isEqualTo(Employees.HANA);
        assertThat(request.undispatchedEvents()).hasSize(2).last().isEqualTo(event);
    }

    @Test
    void movingARequestToTheApproverItWaitsForRaisesNothing() {
        LeaveRequest request = LeaveRequests.aRequest().by(Employees.carol()).submit();

        assertThat(request.reassign(Employees.BOB, Employees.HANA, NOW, nextEventId())).isEmpty();

        assertThat(request.undispatchedEvents()).hasSize(1);
    }

    @Test
    void aDecidedRequestKeepsItsApprover() {
        LeaveRequest approved = LeaveRequests.anApprovedRequest();

        assertThatThrownBy(() -> approved.reassign(Employees.DAN, Employees.HANA, NOW, nextEventId()))
                .isInstanceOf(LeaveRequestNotPending.class);
        assertThat(approved.approverId()).isEqualTo(Employees.BOB);
    }

    @Test
    void theNewManagerMayDecideTheMovedRequestAndTheOldOneMayNot() {
        LeaveRequest request = LeaveRequests.aRequest().by(Employees.carol()).submit();
        Employee movedCarol = Employees.carol().withManager(Employees.DAN);
        request.reassign(Employees.DAN, Employees.HANA, NOW, nextEventId());

        assertThatThrownBy(() -> request.approve(Employees.bob(), movedCarol, null, NOW, nextEventId()))
                .isInstanceOf(NotTheApprover.class);
        request.approve(Employees.dan(), movedCarol, null, NOW, nextEventId());

        assertThat(request.status()).isEqualTo(LeaveStatus.APPROVED);
    }

    @Test
    void aHolidayAddedInAPendingRequestCountsOneDayLess() {
        LeaveRequest request = LeaveRequests.aPendingRequest();
        LocalDate tuesday = LeaveRequests.MONDAY.plusDays(1);

        boolean changed = request.recount(new HolidayCalendar(Set.of(tuesday)));

        assertThat(changed).isTrue();
        assertThat(request.workingDays()).isEqualTo(WorkingDays.of(2));
        assertThat(request.summary().workingDays()).isEqualTo(WorkingDays.of(2));
    }

    @Test
    void recountingWithTheSameDaysChangesNothing() {
        LeaveRequest request = LeaveRequests.aPendingRequest();

        assertThat(request.recount(HolidayCalendar.NONE)).isFalse();
        assertThat(request.workingDays()).isEqualTo(WorkingDays.of(3));
    }

    @Test
    void approvedLeaveKeepsTheDaysItWasApprovedFor() {
        LeaveRequest approved = LeaveRequests.anApprovedRequest();

        assertThat(approved.recount(new HolidayCalendar(Set.of(LeaveRequests.MONDAY)))).isFalse();
        assertThat(approved.workingDays()).isEqualTo(WorkingDays.of(3));
    }

    @Test
    void aHolidayRemovedMakesTheRequestCountTheDayAgain() {
        LocalDate tuesday = LeaveRequests.MONDAY.plusDays(1);
        LeaveRequest request = LeaveRequests.aRequest().withHolidays(new HolidayCalendar(Set.of(tuesday))).submit();
        assertThat(request.workingDays()).isEqualTo(WorkingDays.of(2));

        request.recount(HolidayCalendar.NONE);

        assertThat(request.workingDays()).isEqualTo(WorkingDays.of(3));
    }
}
