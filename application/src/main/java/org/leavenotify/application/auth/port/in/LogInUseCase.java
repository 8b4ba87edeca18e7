package org.leavenotify.application.auth.port.in;

import org.leavenotify.application.auth.AccessToken;
import org.leavenotify.domain.shared.Require;

/**
 * Exchanges a username and password for an access token. A wrong password and an unknown user are
 * refused the same way and take about the same time; repeated failures for one username lock it for
 * a while.
 */
public interface LogInUseCase {

    AccessToken logIn(LogInCommand command);

    record LogInCommand(String username, String password) {

        public LogInCommand {
            Require.text(username, "username");
            Require.textUpTo(username, 100, "username");
            Require.text(password, "password");
            Require.textUpTo(password, 200, "password");
        }

        @Override
        public String toString() {
            return "LogInCommand[" + username + "]";
        }
    }
}
