package org.leavenotify.application.administration.port.in;

import org.leavenotify.domain.organisation.Employee;
import org.leavenotify.domain.shared.Require;

/**
 * An installation's first HR administrator, created by nobody (there is nobody yet to create them), only
 * while the organisation has no active HR administrator: from then on HR creates everyone else. The password
 * is the operator's, checked like every new password; there is no default one.
 */
public interface CreateFirstAdministratorUseCase {

    /**
     * Creates them. Refused with {@link org.leavenotify.domain.organisation.AnAdministratorExists} once an active
     * HR administrator exists (also when another node created one a moment earlier), with
     * {@link org.leavenotify.domain.organisation.PasswordTooWeak} for a guessable password.
     */
    Employee createFirstAdministrator(FirstAdministratorCommand command);

    record FirstAdministratorCommand(String username, String displayName, String password) {

        public FirstAdministratorCommand {
            Require.text(username, "username");
            Require.text(displayName, "displayName");
            Require.text(password, "password");
        }

        @Override
        public String toString() {
            return "FirstAdministratorCommand[" + username + "]";
        }
    }
}
