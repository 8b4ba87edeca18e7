package org.leavenotify.domain.leave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.leavenotify.domain.leave.LeaveRequests.NOW;
import static org.leavenotify.domain.leave.LeaveRequests.aPendingRequest;
import static org.leavenotify.domain.leave.LeaveRequests.nextEventId;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class LeaveRequestDecisionTest {

    private static final Instant LATER = NOW.plusSeconds(3600);

    @Test
    void theManagerApprovesAPendingRequest() {
        LeaveRequest request = aPendingRequest();

        LeaveRequestApproved event = request.approve(Employees.bob(), Employees.alice(), "Enjoy", LATER, nextEventId());

        assertThat(request.status()).isEqualTo(LeaveStatus.APPROVED);
        assertThat(request.decisionComment()).isEqualTo("Enjoy");
        assertThat(request.decidedAt()).isEqualTo(LATER);
        assertThat(request.decidedBy()).isEqualTo(Employees.BOB);
        assertThat(event.comment()).isEqualTo("Enjoy");
        assertThat(event.actorId()).isEqualTo(Employees.BOB);
        assertThat(request.undispatchedEvents()).hasSize(2).last().isEqualTo(event);
    }

    @Test
    void hrMayApproveAnyonesRequest() {
        LeaveRequest request = aPendingRequest();

        request.approve(Employees.hana(), Employees.alice(), null, LATER, nextEventId());

        assertThat(request.status()).isEqualTo(LeaveStatus.APPROVED);
        assertThat(request.decisionComment()).isNull();
    }

    @Test
    void nobodyApprovesTheirOwnRequest() {
        LeaveRequest bobs = LeaveRequests.aRequest().by(Employees.bob()).submit();

        assertThatThrownBy(() -> bobs.approve(Employees.bob(), Employees.bob(), null, LATER, nextEventId()))
                .isInstanceOf(CannotDecideOwnRequest.class);
        assertThat(bobs.status()).isEqualTo(LeaveStatus.PENDING);
    }

    @Test
    void evenHrCannotApproveTheirOwnRequest() {
        LeaveRequest hanas = LeaveRequests.aRequest().by(Employees.hana()).submit();

        assertThatThrownBy(() -> hanas.approve(Employees.hana(), Employees.hana(), null, LATER, nextEventId()))
                .isInstanceOf(CannotDecideOwnRequest.class);
    }

    @Test
    void aManagerWhoIsNotTheRequestersManagerCannotApprove() {
        LeaveRequest request = aPendingRequest();

        assertThatThrownBy(() -> request.approve(Employees.dan(), Employees.alice(), null, LATER, nextEventId()))
                .isInstanceOf(NotTheApprover.class);
        assertThat(request.undispatchedEvents()).hasSize(1);
    }

    @Test
    void aColleagueCannotApprove() {
        assertThatThrownBy(() -> aPendingRequest().approve(Employees.carol(), Employees.alice(), null, LATER, nextEventId()))
                .isInstanceOf(NotTheApprover.class);
    }

    @Test
    void anApprovedRequestCannotBeApprovedAgain() {
        LeaveRequest approved = LeaveRequests.anApprovedRequest();

        assertThatThrownBy(() -> approved.approve(Employees.bob(), Employees.alice(), null, LATER, nextEventId()))
                .isInstanceOf(LeaveRequestNotPending.class)
                .hasMessageContaining("already APPROVED");
    }

    @Test
    void theManagerRejectsAPendingRequestWithAReason() {
        LeaveRequest request = aPendingRequest();

        LeaveRequestRejected event = request.reject(Employees.bob(), Employees.alice(), " Team offsite that week ", LATER,
                nextEventId());

        assertThat(request.status()).isEqualTo(LeaveStatus.REJECTED);
        assertThat(request.decisionComment()).isEqualTo("Team offsite that week");
        assertThat(event.reason()).isEqualTo("Team offsite that week");
    }

    @Test
    void aRejectionWithoutAReasonIsRefused() {
        LeaveRequest request = aPendingRequest();

        assertThatThrownBy(() -> request.reject(Employees.bob(), Employees.alice(), "  ", LATER, nextEventId()))
                .isInstanceOf(RejectionNeedsReason.class);
        assertThat(request.status()).isEqualTo(LeaveStatus.PENDING);
    }

    @Test
    void aRejectedRequestCannotBeApproved() {
        LeaveRequest request = aPendingRequest();
        request.reject(Employees.bob(), Employees.alice(), "No", LATER, nextEventId());

        assertThatThrownBy(() -> request.approve(Employees.bob(), Employees.alice(), null, LATER, nextEventId()))
                .isInstanceOf(LeaveRequestNotPending.class);
    }

    @Test
    void onlyTheOwnerTheirManagerAndHrSeeARequest() {
        LeaveRequest request = aPendingRequest();

        assertThat(request.isVisibleTo(Employees.alice(), Employees.alice())).isTrue();
        assertThat(request.isVisibleTo(Employees.bob(), Employees.alice())).isTrue();
        assertThat(request.isVisibleTo(Employees.hana(), Employees.alice())).isTrue();
        assertThat(request.isVisibleTo(Employees.carol(), Employees.alice())).isFalse();
        assertThat(request.isVisibleTo(Employees.dan(), Employees.alice())).isFalse();
    }

    @Test
    void dispatchedEventsLeaveTheOutboxAndMarkingAgainChangesNothing() {
        LeaveRequest request = aPendingRequest();
        var submitted = request.undispatchedEvents().get(0).eventId();

        request.markDispatched(java.util.Set.of(submitted));
        request.markDispatched(java.util.Set.of(submitted));

        assertThat(request.undispatchedEvents()).isEmpty();
    }
}
