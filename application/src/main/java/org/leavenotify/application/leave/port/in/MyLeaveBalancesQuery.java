package org.leavenotify.application.leave.port.in;

import java.util.List;

import org.leavenotify.domain.leave.LeaveBalance;
import org.leavenotify.domain.organisation.EmployeeId;

/** An employee's balance of each leave type in one year (allowance, used, reserved, remaining). */
public interface MyLeaveBalancesQuery {

    List<LeaveBalance> myBalances(EmployeeId employee, int year);

    /** The balances of the current year, in the organisation's time zone. */
    List<LeaveBalance> myBalances(EmployeeId employee);
}
