package org.leavenotify.application.leave.port.out;

import org.leavenotify.domain.leave.WorkingDays;
import org.leavenotify.domain.organisation.EmployeeId;

/** Each employee's yearly allowance of annual leave. */
public interface LeaveAllowancePort {

    /** The annual-leave allowance of the employee in that year; none set means no days. */
    WorkingDays annualAllowance(EmployeeId employee, int year);

    /** Sets (or replaces) the allowance of one employee for one year. */
    void setAnnualAllowance(EmployeeId employee, int year, WorkingDays allowance);
}
