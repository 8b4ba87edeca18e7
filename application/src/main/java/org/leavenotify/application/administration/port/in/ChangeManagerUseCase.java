package org.leavenotify.application.administration.port.in;

import org.leavenotify.domain.organisation.Employee;
import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.shared.Require;

/**
 * HR moves an employee to another manager. The employee, their previous manager and their new manager
 * are told; the employee's pending requests now wait for the new manager, who is told about each.
 * Moving someone to the manager they have changes nothing and tells nobody.
 */
public interface ChangeManagerUseCase {

    Employee changeManager(ChangeManagerCommand command);

    /** @param newManager {@code null} to leave the employee without a manager (HR then decides their leave) */
    record ChangeManagerCommand(EmployeeId actor, EmployeeId employee, EmployeeId newManager) {

        public ChangeManagerCommand {
            Require.present(actor, "actor");
            Require.present(employee, "employee");
        }
    }
}
