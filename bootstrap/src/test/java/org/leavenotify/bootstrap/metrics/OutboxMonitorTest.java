package org.leavenotify.bootstrap.metrics;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.leavenotify.adapter.memory.InMemoryLeaveRequestRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.leavenotify.domain.leave.FollowUps;
import org.leavenotify.domain.leave.LeavePeriod;
import org.leavenotify.domain.leave.LeaveRequest;
import org.leavenotify.domain.leave.LeaveRequestId;
import org.leavenotify.domain.leave.LeaveRequestSubmitted;
import org.leavenotify.domain.leave.LeaveStatus;
import org.leavenotify.domain.leave.LeaveType;
import org.leavenotify.domain.leave.WorkingDays;
import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.shared.EventId;

import static org.assertj.core.api.Assertions.assertThat;

/** The outbox gauges: how many requests wait to be dispatched, and for how long the oldest event has. */
class OutboxMonitorTest {

    private static final Instant SUBMITTED = Instant.parse("2026-11-26T10:00:00Z");

    private final InMemoryLeaveRequestRepository requests = new InMemoryLeaveRequestRepository();
    private final Clock clock = Clock.fixed(SUBMITTED.plus(Duration.ofSeconds(90)), ZoneOffset.UTC);
    private final OutboxMonitor monitor = new OutboxMonitor(requests, clock, Duration.ofSeconds(15));

    @Test
    void anEmptyOutboxReadsZero() {
        monitor.refresh();

        assertThat(monitor.backlog()).isZero();
        assertThat(monitor.oldestAgeSeconds()).isZero();
    }

    @Test
    void aRequestWhoseEventWaitsCountsAndItsEventsAgeIsShownUntilItIsDispatched() {
        LeaveRequest waiting = aRequestWhoseSubmissionWaits();
        requests.save(waiting);

        monitor.refresh();

        assertThat(monitor.backlog()).isEqualTo(1);
        assertThat(monitor.oldestAgeSeconds()).isEqualTo(90.0);

        requests.markDispatched(waiting.id(), Set.of(waiting.undispatchedEvents().get(0).eventId()));
        monitor.refresh();

        assertThat(monitor.backlog()).isZero();
        assertThat(monitor.oldestAgeSeconds()).isZero();
    }

    /** As a store hands it back: pending, its submission still in the outbox. */
    private static LeaveRequest aRequestWhoseSubmissionWaits() {
        LeaveRequestId id = new LeaveRequestId("lr-1");
        EmployeeId alice = new EmployeeId("alice");
        LeavePeriod day = LeavePeriod.of(LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 7));
        LeaveRequest before = LeaveRequest.restore(id, alice, new EmployeeId("bob"), LeaveType.UNPAID, day,
                WorkingDays.of(1), LeaveStatus.PENDING, "a day off", null, SUBMITTED, null, null, FollowUps.NONE, 0, List.of());
        return LeaveRequest.restore(id, alice, new EmployeeId("bob"), LeaveType.UNPAID, day, WorkingDays.of(1),
                LeaveStatus.PENDING, "a day off", null, SUBMITTED, null, null, FollowUps.NONE, 0,
                List.of(new LeaveRequestSubmitted(new EventId("ev-1"), before.summary(), alice, SUBMITTED, "a day off")));
    }
}
