package org.leavenotify.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.leavenotify.application.leave.port.out.LeaveRequestRepositoryPort;
import org.leavenotify.application.notification.port.out.OutboxClaimPort;
import org.leavenotify.application.shared.TimeOrderedIdGenerator;
import org.leavenotify.domain.leave.EmployeeLeave;
import org.leavenotify.domain.leave.Employees;
import org.leavenotify.domain.leave.HolidayCalendar;
import org.leavenotify.domain.leave.LeaveApplication;
import org.leavenotify.domain.leave.LeavePeriod;
import org.leavenotify.domain.leave.LeaveRequest;
import org.leavenotify.domain.leave.LeaveRequestId;
import org.leavenotify.domain.leave.LeaveRequests;
import org.leavenotify.domain.leave.LeaveType;
import org.leavenotify.domain.leave.WorkingDays;
import org.leavenotify.domain.shared.EventId;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Requests with the ids the application really gives (24 hex digits, which Spring Data stores as
 * ObjectIds): the recovery sweep finds them by their id, and their outboxes can be claimed and released.
 * (The contracts use readable ids such as {@code lr-1}, which are stored as strings.)
 */
class GeneratedIdsTest {

    private final TimeOrderedIdGenerator ids = new TimeOrderedIdGenerator(Clock.systemUTC());

    @Test
    void aRequestWithAGeneratedIdLeftUndispatchedIsFoundByTheSweepUnderItsId() {
        ConfigurableApplicationContext store = MongoStores.sharedEmbedded();
        store.getBean(MongoTemplate.class).remove(new Query(), "leave_requests");
        LeaveRequestRepositoryPort requests = store.getBean(LeaveRequestRepositoryPort.class);
        LeaveRequest request = requests.save(withGeneratedId());

        assertThat(requests.findWithUndispatchedEvents(10)).containsExactly(request.id());
        assertThat(requests.findById(request.id())).isPresent();
    }

    @Test
    void theOutboxOfARequestWithAGeneratedIdIsClaimedOnceAndReleased() {
        OutboxClaimPort claims = MongoStores.sharedEmbedded().getBean(OutboxClaimPort.class);
        LeaveRequestId request = new LeaveRequestId(ids.nextId());
        Instant now = Instant.parse("2026-11-26T10:00:00Z");

        assertThat(claims.claim(request, "node-a", now, now.plusSeconds(30))).isTrue();
        assertThat(claims.claim(request, "node-b", now, now.plusSeconds(30))).isFalse();
        claims.release(request, "node-a");
        assertThat(claims.claim(request, "node-b", now, now.plusSeconds(30))).isTrue();
        claims.release(request, "node-b");
    }

    private LeaveRequest withGeneratedId() {
        return LeaveRequest.submit(new LeaveRequestId(ids.nextId()), new EventId(ids.nextId()),
                new LeaveApplication(Employees.alice(), LeaveType.ANNUAL, LeavePeriod.of(LeaveRequests.MONDAY,
                        LeaveRequests.MONDAY.plusDays(1)), "generated ids"),
                new EmployeeLeave(java.util.List.of(), HolidayCalendar.NONE, WorkingDays.of(25), LeaveRequests.POLICY),
                LeaveRequests.NOW);
    }
}
