package org.leavenotify.domain.leave;

import java.util.List;

import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.shared.Require;

/**
 * What is already known about an employee's leave when they ask for more: their other requests, the
 * holiday calendar and their annual allowance for the year asked for.
 */
public record EmployeeLeave(List<LeaveRequest> existingRequests, HolidayCalendar calendar,
                            WorkingDays annualAllowance, LeavePolicy policy) {

    public EmployeeLeave {
        existingRequests = List.copyOf(Require.present(existingRequests, "existing requests"));
        Require.present(calendar, "calendar");
        Require.present(annualAllowance, "annual allowance");
        Require.present(policy, "policy");
    }

    /** The balance of {@code type} in {@code year}, counting every request that holds days. */
    public LeaveBalance balance(EmployeeId employee, LeaveType type, int year) {
        return LeaveBalance.of(employee, type, year, type.countsAgainstAllowance() ? annualAllowance : null,
                existingRequests);
    }
}
