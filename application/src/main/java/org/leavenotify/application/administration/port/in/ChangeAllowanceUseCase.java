package org.leavenotify.application.administration.port.in;

import org.leavenotify.domain.leave.LeaveBalance;
import org.leavenotify.domain.leave.WorkingDays;
import org.leavenotify.domain.organisation.Allowances;
import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.shared.InvalidValue;
import org.leavenotify.domain.shared.Require;

/**
 * HR sets an employee's annual-leave allowance for one year. Refused when it would be less than the
 * annual leave already approved or pending that year. Returns the employee's annual-leave balance with
 * the new allowance.
 */
public interface ChangeAllowanceUseCase {

    LeaveBalance changeAllowance(ChangeAllowanceCommand command);

    record ChangeAllowanceCommand(EmployeeId actor, EmployeeId employee, int year, WorkingDays allowance) {

        public ChangeAllowanceCommand {
            Require.present(actor, "actor");
            Require.present(employee, "employee");
            if (year < 2000 || year > 2100) {
                throw new InvalidValue("the year must be between 2000 and 2100");
            }
            Allowances.check(Require.present(allowance, "allowance"));
        }
    }
}
