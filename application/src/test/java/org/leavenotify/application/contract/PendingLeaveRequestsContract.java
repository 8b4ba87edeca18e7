package org.leavenotify.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leavenotify.application.leave.port.out.LeaveRequestRepositoryPort;
import org.leavenotify.application.leave.port.out.PendingLeaveRequestsPort;
import org.leavenotify.domain.leave.Employees;
import org.leavenotify.domain.leave.LeaveRequest;
import org.leavenotify.domain.leave.LeaveRequests;
import org.leavenotify.domain.leave.LeaveStatus;

/**
 * What every {@link PendingLeaveRequestsPort} must do over the requests of its
 * {@link LeaveRequestRepositoryPort}: find the pending ones whose period includes a date.
 */
public abstract class PendingLeaveRequestsContract {

    private static final LocalDate MONDAY = LeaveRequests.MONDAY;

    private LeaveRequestRepositoryPort repository;
    private PendingLeaveRequestsPort pending;

    /** The repository under test, holding no requests. */
    protected abstract LeaveRequestRepositoryPort emptyRepository();

    /** The pending-request look-up of the same store as {@link #emptyRepository()}. */
    protected abstract PendingLeaveRequestsPort pendingOfTheSameStore();

    @BeforeEach
    void startEmpty() {
        repository = emptyRepository();
        pending = pendingOfTheSameStore();
    }

    @Test
    void thePendingRequestsOverADayAreFoundWhateverTheirEmployee() {
        LeaveRequest alicesWeek = repository.save(LeaveRequests.aRequest().from(MONDAY, MONDAY.plusDays(4)).submit());
        LeaveRequest carolsTuesday = repository.save(LeaveRequests.aRequest().by(Employees.carol())
                .from(MONDAY.plusDays(1), MONDAY.plusDays(1)).submit());
        repository.save(LeaveRequests.aRequest().by(Employees.bob()).from(MONDAY.plusDays(2), MONDAY.plusDays(3))
                .submit());

        assertThat(pending.findPendingCovering(MONDAY.plusDays(1))).extracting(LeaveRequest::id)
                .containsExactlyInAnyOrder(alicesWeek.id(), carolsTuesday.id());
    }

    @Test
    void theFirstAndLastDaysCount() {
        LeaveRequest request = repository.save(LeaveRequests.aRequest().from(MONDAY, MONDAY.plusDays(2)).submit());

        assertThat(pending.findPendingCovering(MONDAY)).extracting(LeaveRequest::id).containsExactly(request.id());
        assertThat(pending.findPendingCovering(MONDAY.plusDays(2))).extracting(LeaveRequest::id)
                .containsExactly(request.id());
        assertThat(pending.findPendingCovering(MONDAY.minusDays(1))).isEmpty();
        assertThat(pending.findPendingCovering(MONDAY.plusDays(3))).isEmpty();
    }

    @Test
    void decidedRequestsAreNotFound() {
        LeaveRequest approved = LeaveRequests.aPendingRequest();
        approved.approve(Employees.bob(), Employees.alice(), null, LeaveRequests.NOW, LeaveRequests.nextEventId());
        repository.save(approved);

        assertThat(pending.findPendingCovering(MONDAY)).isEmpty();
    }

    @Test
    void whatIsFoundCanBeSavedBackAtTheVersionItWasRead() {
        repository.save(LeaveRequests.aPendingRequest());
        LeaveRequest found = pending.findPendingCovering(MONDAY).get(0);

        found.reject(Employees.bob(), Employees.alice(), "No", LeaveRequests.NOW, LeaveRequests.nextEventId());
        LeaveRequest saved = repository.save(found);

        assertThat(saved.version()).isEqualTo(2);
        assertThat(repository.findById(found.id()).orElseThrow().status()).isEqualTo(LeaveStatus.REJECTED);
    }
}
