package org.leavenotify.application.administration.port.in;

import java.util.Set;

import org.leavenotify.domain.leave.WorkingDays;
import org.leavenotify.domain.organisation.Allowances;
import org.leavenotify.domain.organisation.Employee;
import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.organisation.Role;
import org.leavenotify.domain.shared.Require;

/**
 * HR adds a person: their username (also their id, never reused), the name colleagues see, their roles
 * (EMPLOYEE is always one), their manager (an active manager, or nobody), their yearly allowance of
 * annual leave (set for this year and next) and an initial password they can change. Refused when the
 * username is taken, the manager cannot manage, the password is too short, or the caller is not HR.
 */
public interface CreateEmployeeUseCase {

    Employee create(CreateEmployeeCommand command);

    /**
     * @param managerId       {@code null} for someone at the top of the hierarchy
     * @param initialPassword {@code null} to create them without a password (they cannot log in until
     *                        HR sets one)
     */
    record CreateEmployeeCommand(EmployeeId actor, String username, String displayName, Set<Role> roles,
                                 EmployeeId managerId, WorkingDays annualAllowance, String initialPassword) {

        public CreateEmployeeCommand {
            Require.present(actor, "actor");
            Require.text(username, "username");
            Require.text(displayName, "display name");
            roles = roles == null ? Set.of() : Set.copyOf(roles);
            Allowances.check(Require.present(annualAllowance, "annual allowance"));
        }

        @Override
        public String toString() {
            return "CreateEmployeeCommand[" + username + ", manager " + managerId + "]";
        }
    }
}
