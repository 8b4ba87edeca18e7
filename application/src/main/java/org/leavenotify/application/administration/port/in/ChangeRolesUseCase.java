package org.leavenotify.application.administration.port.in;

import java.util.Set;

import org.leavenotify.domain.organisation.Employee;
import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.organisation.Role;
import org.leavenotify.domain.shared.Require;

/**
 * HR gives an employee their roles (EMPLOYEE always included). A manager keeps the MANAGER role while
 * anyone active reports to them; HR cannot drop their own HR role. Takes effect on the employee's next
 * call: every token check reads the roles from the directory, not from the token.
 */
public interface ChangeRolesUseCase {

    Employee changeRoles(ChangeRolesCommand command);

    record ChangeRolesCommand(EmployeeId actor, EmployeeId employee, Set<Role> roles) {

        public ChangeRolesCommand {
            Require.present(actor, "actor");
            Require.present(employee, "employee");
            roles = Set.copyOf(Require.present(roles, "roles"));
        }
    }
}
