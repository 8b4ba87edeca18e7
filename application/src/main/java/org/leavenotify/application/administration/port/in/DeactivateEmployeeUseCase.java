package org.leavenotify.application.administration.port.in;

import org.leavenotify.domain.organisation.Employee;
import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.shared.Require;

/**
 * HR deactivates an employee: from that moment their login is refused, every token they hold is
 * refused on its next use, and their open live sessions are closed. Refused while anyone active still
 * reports to them (move the reports first), and for HR themselves. Their record, requests and
 * notifications are kept. Deactivating someone inactive changes nothing.
 */
public interface DeactivateEmployeeUseCase {

    Employee deactivate(DeactivateEmployeeCommand command);

    record DeactivateEmployeeCommand(EmployeeId actor, EmployeeId employee) {

        public DeactivateEmployeeCommand {
            Require.present(actor, "actor");
            Require.present(employee, "employee");
        }
    }
}
