package org.leavenotify.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leavenotify.application.leave.port.out.LeaveRequestRepositoryPort;
import org.leavenotify.application.leave.port.out.PendingLeaveRequestsPort;
import org.leavenotify.domain.leave.Employees;
import org.leavenotify.domain.leave.FollowUpPolicy;
import org.leavenotify.domain.leave.HolidayCalendar;
import org.leavenotify.domain.leave.LeaveRequest;
import org.leavenotify.domain.leave.LeaveRequestId;
import org.leavenotify.domain.leave.LeaveRequests;
import org.leavenotify.domain.leave.LeaveStatus;

/**
 * What every {@link PendingLeaveRequestsPort} must do over the requests of its
 * {@link LeaveRequestRepositoryPort}: find the pending ones whose period includes a date, those that may be
 * due a follow-up, and those that wait for one decider.
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

    @Test
    void theRequestsThatMayBeDueAFollowUpAreTheOnesSubmittedEarlierNotEscalatedOrStartingNotFlagged() {
        Instant cutoff = LeaveRequests.NOW.plusSeconds(60);
        LeaveRequest waiting = repository.save(LeaveRequests.aPendingRequest());
        LeaveRequest reminded = LeaveRequests.aRequest().by(Employees.carol()).submit();
        reminded.followUp(FollowUpPolicy.DEFAULT, LeaveRequests.POLICY, HolidayCalendar.NONE, Employees.HANA,
                LeaveRequests.NOW.plus(4, ChronoUnit.DAYS), LeaveRequests::nextEventId);
        repository.save(reminded);
        LeaveRequest escalated = LeaveRequests.aRequest().by(Employees.bob()).submit();
        escalated.followUp(FollowUpPolicy.DEFAULT, LeaveRequests.POLICY, HolidayCalendar.NONE, Employees.HANA,
                LeaveRequests.NOW.plus(7, ChronoUnit.DAYS), LeaveRequests::nextEventId);
        repository.save(escalated);
        LeaveRequest later = repository.save(LeaveRequests.aRequest().by(Employees.dan())
                .at(cutoff.plusSeconds(60)).submit());
        LeaveRequest decided = LeaveRequests.aRequest().from(MONDAY.plusDays(14), MONDAY.plusDays(14)).submit();
        decided.approve(Employees.bob(), Employees.alice(), null, LeaveRequests.NOW, LeaveRequests.nextEventId());
        repository.save(decided);

        assertThat(pending.findPendingToFollowUp(cutoff, MONDAY.minusDays(1), null, 10)).extracting(LeaveRequest::id)
                .containsExactlyInAnyOrder(waiting.id(), reminded.id());
        // on its first day the escalated one is due to be flagged, and so is the one submitted later
        assertThat(pending.findPendingToFollowUp(cutoff, MONDAY, null, 10)).extracting(LeaveRequest::id)
                .containsExactlyInAnyOrder(waiting.id(), reminded.id(), escalated.id(), later.id());
    }

    @Test
    void theRequestsDueAFollowUpArePagedThroughEachOnce() {
        Set<LeaveRequestId> saved = new HashSet<>();
        for (int i = 0; i < 7; i++) {
            saved.add(repository.save(LeaveRequests.aRequest().from(MONDAY.plusDays(7L * i), MONDAY.plusDays(7L * i))
                    .submit()).id());
        }
        List<LeaveRequestId> seen = new ArrayList<>();
        LeaveRequestId after = null;
        while (true) {
            List<LeaveRequest> page = pending.findPendingToFollowUp(LeaveRequests.NOW.plusSeconds(60), MONDAY, after, 3);
            if (page.isEmpty()) {
                break;
            }
            assertThat(page).hasSizeLessThanOrEqualTo(3);
            page.forEach(request -> seen.add(request.id()));
            after = page.get(page.size() - 1).id();
        }

        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(saved);
    }

    @Test
    void theRequestsWaitingForOneDeciderAreTheirReportsPendingOnesAndThoseThatWentUpToThem() {
        LeaveRequest alices = repository.save(LeaveRequests.aPendingRequest());
        LeaveRequest wentUp = LeaveRequests.aRequest().by(Employees.carol()).submit();
        wentUp.followUp(FollowUpPolicy.DEFAULT, LeaveRequests.POLICY, HolidayCalendar.NONE, Employees.HANA,
                LeaveRequests.NOW.plus(7, ChronoUnit.DAYS), LeaveRequests::nextEventId);
        repository.save(wentUp);
        LeaveRequest decided = LeaveRequests.aRequest().from(MONDAY.plusDays(14), MONDAY.plusDays(14)).submit();
        decided.approve(Employees.bob(), Employees.alice(), null, LeaveRequests.NOW, LeaveRequests.nextEventId());
        repository.save(decided);

        assertThat(pending.findPendingWaitingFor(Employees.BOB)).extracting(LeaveRequest::id)
                .containsExactly(alices.id());
        assertThat(pending.findPendingWaitingFor(Employees.HANA)).extracting(LeaveRequest::id)
                .containsExactly(wentUp.id());
        assertThat(pending.findPendingWaitingFor(Employees.ALICE)).isEmpty();
    }
}
