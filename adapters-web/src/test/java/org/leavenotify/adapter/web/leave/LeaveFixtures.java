package org.leavenotify.adapter.web.leave;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.leavenotify.domain.leave.Employees;
import org.leavenotify.domain.leave.FollowUps;
import org.leavenotify.domain.leave.LeavePeriod;
import org.leavenotify.domain.leave.LeaveRequest;
import org.leavenotify.domain.leave.LeaveRequestId;
import org.leavenotify.domain.leave.LeaveStatus;
import org.leavenotify.domain.leave.LeaveType;
import org.leavenotify.domain.leave.WorkingDays;
import org.leavenotify.domain.organisation.EmployeeId;

/** Leave requests as a store would return them, with every field known. */
final class LeaveFixtures {

    static final Instant CREATED = Instant.parse("2026-11-26T10:00:00Z");
    static final Instant DECIDED = Instant.parse("2026-11-26T11:30:00Z");
    static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

    /** Alice's pending annual leave, Monday morning to Wednesday noon: 2.5 working days. */
    static LeaveRequest alicesPendingRequest() {
        return request("lr-1", Employees.ALICE, LeaveStatus.PENDING, null, null);
    }

    static LeaveRequest alicesApprovedRequest() {
        return request("lr-1", Employees.ALICE, LeaveStatus.APPROVED, "Enjoy", DECIDED);
    }

    static LeaveRequest request(String id, EmployeeId employee, LeaveStatus status, String comment, Instant decidedAt) {
        return LeaveRequest.restore(new LeaveRequestId(id), employee, Employees.BOB, LeaveType.ANNUAL,
                new LeavePeriod(MONDAY, MONDAY.plusDays(2), false, true), new WorkingDays(5), status, "Family trip",
                comment, CREATED, decidedAt, decidedAt == null ? null : Employees.BOB, FollowUps.NONE, 1, List.of());
    }

    private LeaveFixtures() {
    }
}
