package org.leavenotify.application.auth.port.in;

import org.leavenotify.domain.leave.EmployeeId;
import org.leavenotify.domain.shared.Require;

/**
 * An employee changes their own password, giving the current one. Refused when the current password is
 * wrong ({@code CurrentPasswordIncorrect}) or the new one breaks the password policy. Tokens issued
 * before stay valid until they expire.
 */
public interface ChangeOwnPasswordUseCase {

    void changePassword(ChangeOwnPasswordCommand command);

    record ChangeOwnPasswordCommand(EmployeeId employee, String currentPassword, String newPassword) {

        public ChangeOwnPasswordCommand {
            Require.present(employee, "employee");
            Require.text(currentPassword, "current password");
            Require.textUpTo(currentPassword, 200, "current password");
            Require.present(newPassword, "new password");
        }

        @Override
        public String toString() {
            return "ChangeOwnPasswordCommand[" + employee + "]";
        }
    }
}
