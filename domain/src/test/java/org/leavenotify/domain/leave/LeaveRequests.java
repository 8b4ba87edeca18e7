package org.leavenotify.domain.leave;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.leavenotify.domain.organisation.Employee;
import org.leavenotify.domain.shared.EventId;

/**
 * Test-data builders for leave requests. "Today" is Thursday 2026-11-26 in UTC; the default period is
 * Monday 2026-12-07 to Wednesday 2026-12-09: three working days.
 */
public final class LeaveRequests {

    public static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    public static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
    public static final LeavePolicy POLICY = LeavePolicy.DEFAULT;

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private Employee employee = Employees.alice();
    private LeaveType type = LeaveType.ANNUAL;
    private LeavePeriod period = LeavePeriod.of(MONDAY, MONDAY.plusDays(2));
    private String reason = "Family trip";
    private HolidayCalendar calendar = HolidayCalendar.NONE;
    private WorkingDays allowance = WorkingDays.of(25);
    private final List<LeaveRequest> existing = new ArrayList<>();
    private Instant now = NOW;

    public static LeaveRequests aRequest() {
        return new LeaveRequests();
    }

    /** Alice's pending annual leave, Monday to Wednesday of the week after next. */
    public static LeaveRequest aPendingRequest() {
        return aRequest().submit();
    }

    public static LeaveRequest anApprovedRequest() {
        LeaveRequest request = aPendingRequest();
        request.approve(Employees.bob(), Employees.alice(), "Enjoy", NOW, nextEventId());
        return request;
    }

    public LeaveRequests by(Employee employee) {
        this.employee = employee;
        return this;
    }

    public LeaveRequests ofType(LeaveType type) {
        this.type = type;
        return this;
    }

    public LeaveRequests from(LocalDate start, LocalDate end) {
        this.period = LeavePeriod.of(start, end);
        return this;
    }

    public LeaveRequests over(LeavePeriod period) {
        this.period = period;
        return this;
    }

    public LeaveRequests because(String reason) {
        this.reason = reason;
        return this;
    }

    public LeaveRequests withHolidays(HolidayCalendar calendar) {
        this.calendar = calendar;
        return this;
    }

    public LeaveRequests withAllowance(int days) {
        this.allowance = WorkingDays.of(days);
        return this;
    }

    public LeaveRequests alongside(LeaveRequest... others) {
        existing.addAll(List.of(others));
        return this;
    }

    public LeaveRequests at(Instant now) {
        this.now = now;
        return this;
    }

    public LeaveRequest submit() {
        return LeaveRequest.submit(new LeaveRequestId("lr-" + SEQUENCE.incrementAndGet()), nextEventId(),
                new LeaveApplication(employee, type, period, reason),
                new EmployeeLeave(existing, calendar, allowance, POLICY), now);
    }

    public static EventId nextEventId() {
        return new EventId("ev-" + SEQUENCE.incrementAndGet());
    }

    private LeaveRequests() {
    }
}
