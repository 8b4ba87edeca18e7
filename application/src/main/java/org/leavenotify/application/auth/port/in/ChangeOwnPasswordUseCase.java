package org.leavenotify.application.auth.port.in;

import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.shared.Require;

/**
 * An employee changes their own password, giving the current one. Refused when the current password is
 * wrong ({@code CurrentPasswordIncorrect}) or the new one breaks the password policy. Wrong current
 * passwords are throttled like logins, per account and address and per address.
 */
public interface ChangeOwnPasswordUseCase {

    void changePassword(ChangeOwnPasswordCommand command);

    record ChangeOwnPasswordCommand(EmployeeId employee, String currentPassword, String newPassword,
                                    String clientAddress) {

        public ChangeOwnPasswordCommand {
            Require.present(employee, "employee");
            Require.text(currentPassword, "current password");
            Require.textUpTo(currentPassword, 200, "current password");
            Require.present(newPassword, "new password");
            Require.text(clientAddress, "clientAddress");
            Require.textUpTo(clientAddress, 100, "clientAddress");
        }

        /** For callers without a network address (in-process tests): they share one address. */
        public ChangeOwnPasswordCommand(EmployeeId employee, String currentPassword, String newPassword) {
            this(employee, currentPassword, newPassword, LogInUseCase.LogInCommand.NO_ADDRESS);
        }

        @Override
        public String toString() {
            return "ChangeOwnPasswordCommand[" + employee + "]";
        }
    }
}
