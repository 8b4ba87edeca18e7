package org.leavenotify.domain.leave;

import java.math.BigDecimal;
import java.util.Collection;

import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.shared.Require;

/**
 * How much leave of one type an employee has in one year. Approved requests use days, pending ones
 * reserve them; cancelled and rejected requests give them back.
 *
 * @param allowance the yearly allowance, or {@code null} when the type has none (sick, unpaid)
 */
public record LeaveBalance(EmployeeId employeeId, LeaveType type, int year, WorkingDays allowance,
                           WorkingDays used, WorkingDays reserved) {

    public LeaveBalance {
        Require.present(employeeId, "employee id");
        Require.present(type, "leave type");
        Require.present(used, "used");
        Require.present(reserved, "reserved");
    }

    /** Computes the balance from the employee's requests (any other employee's are ignored). */
    public static LeaveBalance of(EmployeeId employeeId, LeaveType type, int year, WorkingDays allowance,
                                  Collection<LeaveRequest> requests) {
        WorkingDays used = WorkingDays.NONE;
        WorkingDays reserved = WorkingDays.NONE;
        for (LeaveRequest request : requests) {
            if (!request.employeeId().equals(employeeId) || request.type() != type
                    || request.period().year() != year) {
                continue;
            }
            if (request.status() == LeaveStatus.APPROVED) {
                used = used.plus(request.workingDays());
            } else if (request.status() == LeaveStatus.PENDING) {
                reserved = reserved.plus(request.workingDays());
            }
        }
        return new LeaveBalance(employeeId, type, year, allowance, used, reserved);
    }

    public boolean hasAllowance() {
        return allowance != null;
    }

    /** Days left to ask for, or {@code null} when the type has no allowance. May be negative. */
    public BigDecimal remaining() {
        return allowance == null ? null : allowance.minusAsDecimal(used.plus(reserved));
    }

    /** True when {@code days} more can be asked for without going over the allowance. */
    public boolean covers(WorkingDays days) {
        return allowance == null || used.plus(reserved).plus(days).compareTo(allowance) <= 0;
    }
}
