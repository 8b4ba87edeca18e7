package org.leavenotify.domain.leave;

import org.leavenotify.domain.organisation.Employee;
import org.leavenotify.domain.shared.Require;

/** What an employee asks for when they submit a leave request. */
public record LeaveApplication(Employee employee, LeaveType type, LeavePeriod period, String reason) {

    public static final int MAX_REASON_LENGTH = 500;

    public LeaveApplication {
        Require.present(employee, "employee");
        Require.present(type, "leave type");
        Require.present(period, "period");
        Require.textUpTo(reason, MAX_REASON_LENGTH, "reason");
    }
}
