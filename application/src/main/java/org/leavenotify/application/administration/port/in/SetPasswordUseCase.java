package org.leavenotify.application.administration.port.in;

import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.shared.Require;

/**
 * HR sets an active employee's password (someone who forgot theirs, or was imported without one). The
 * password must meet the policy; the employee can change it afterwards.
 */
public interface SetPasswordUseCase {

    void setPassword(SetPasswordCommand command);

    record SetPasswordCommand(EmployeeId actor, EmployeeId employee, String newPassword) {

        public SetPasswordCommand {
            Require.present(actor, "actor");
            Require.present(employee, "employee");
        }

        @Override
        public String toString() {
            return "SetPasswordCommand[" + employee + "]";
        }
    }
}
