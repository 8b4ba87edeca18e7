package org.leavenotify.domain.leave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.leavenotify.domain.leave.LeaveRequests.MONDAY;
import static org.leavenotify.domain.leave.LeaveRequests.NOW;
import static org.leavenotify.domain.leave.LeaveRequests.POLICY;
import static org.leavenotify.domain.leave.LeaveRequests.aPendingRequest;
import static org.leavenotify.domain.leave.LeaveRequests.anApprovedRequest;
import static org.leavenotify.domain.leave.LeaveRequests.nextEventId;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class LeaveRequestCancellationTest {

    @Test
    void theRequesterCancelsAPendingRequest() {
        LeaveRequest request = aPendingRequest();

        LeaveRequestCancelled event = request.cancel(Employees.alice(), "Plans changed", NOW, POLICY, nextEventId());

        assertThat(request.status()).isEqualTo(LeaveStatus.CANCELLED);
        assertThat(event.wasApproved()).isFalse();
        assertThat(event.reason()).isEqualTo("Plans changed");
    }

    @Test
    void theRequesterCancelsApprovedLeaveThatHasNotStarted() {
        LeaveRequest request = anApprovedRequest();

        LeaveRequestCancelled event = request.cancel(Employees.alice(), null, NOW, POLICY, nextEventId());

        assertThat(request.status()).isEqualTo(LeaveStatus.CANCELLED);
        assertThat(event.wasApproved()).isTrue();
    }

    @Test
    void approvedLeaveThatHasStartedCannotBeCancelled() {
        LeaveRequest request = anApprovedRequest();
        Instant firstDayOfLeave = MONDAY.atStartOfDay(POLICY.zone()).toInstant().plusSeconds(3600);

        assertThatThrownBy(() -> request.cancel(Employees.alice(), null, firstDayOfLeave, POLICY, nextEventId()))
                .isInstanceOf(LeaveAlreadyStarted.class);
        assertThat(request.status()).isEqualTo(LeaveStatus.APPROVED);
    }

    @Test
    void onlyTheRequesterMayCancel() {
        LeaveRequest request = aPendingRequest();

        assertThatThrownBy(() -> request.cancel(Employees.bob(), null, NOW, POLICY, nextEventId()))
                .isInstanceOf(NotTheRequester.class);
    }

    @Test
    void aRejectedRequestCannotBeCancelled() {
        LeaveRequest request = aPendingRequest();
        request.reject(Employees.bob(), Employees.alice(), "No", NOW, nextEventId());

        assertThatThrownBy(() -> request.cancel(Employees.alice(), null, NOW, POLICY, nextEventId()))
                .isInstanceOf(LeaveRequestNotPending.class);
    }

    @Test
    void cancellingApprovedLeaveGivesItsDaysBack() {
        LeaveRequest request = anApprovedRequest();
        LeaveBalance before = LeaveBalance.of(Employees.ALICE, LeaveType.ANNUAL, 2026, WorkingDays.of(25), List.of(request));

        request.cancel(Employees.alice(), null, NOW, POLICY, nextEventId());
        LeaveBalance after = LeaveBalance.of(Employees.ALICE, LeaveType.ANNUAL, 2026, WorkingDays.of(25), List.of(request));

        assertThat(before.remaining()).isEqualByComparingTo("22");
        assertThat(after.remaining()).isEqualByComparingTo("25");
    }
}
