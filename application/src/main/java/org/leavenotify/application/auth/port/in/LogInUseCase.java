package org.leavenotify.application.auth.port.in;

import org.leavenotify.application.auth.AccessToken;
import org.leavenotify.domain.organisation.Employee;
import org.leavenotify.domain.shared.Require;

/**
 * Exchanges a username and password for an access token. A wrong password and an unknown user are
 * refused the same way and take about the same time; repeated failures for one username from one address
 * lock it for that address for a while, and many failures from one address stop that address for a while
 * ({@link org.leavenotify.application.auth.LoginThrottle}).
 */
public interface LogInUseCase {

    AccessToken logIn(LogInCommand command);

    /**
     * The active person {@code command} names with the right password, or a refusal; throttled as a login
     * (what a sign-in that starts a session checks before it issues anything of its own).
     */
    Employee checkCredentials(LogInCommand command);

    /**
     * @param clientAddress where the attempt comes from (the client's IP address as the adapter sees it; the
     *                      adapter must resolve trusted proxies first), the unit of the throttle
     * @param newPassword   null, or the password that replaces one which must be changed at this sign-in
     *                      (the first administrator's: {@code PASSWORD_CHANGE_REQUIRED} without it)
     */
    record LogInCommand(String username, String password, String clientAddress, String newPassword) {

        /** For callers without a network address (in-process tests): they share one address. */
        public static final String NO_ADDRESS = "-";

        public LogInCommand {
            Require.text(username, "username");
            Require.textUpTo(username, 100, "username");
            Require.text(password, "password");
            Require.textUpTo(password, 200, "password");
            Require.text(clientAddress, "clientAddress");
            Require.textUpTo(clientAddress, 100, "clientAddress");
            if (newPassword != null) {
                Require.textUpTo(newPassword, 200, "newPassword");
            }
        }

        public LogInCommand(String username, String password, String clientAddress) {
            this(username, password, clientAddress, null);
        }

        public LogInCommand(String username, String password) {
            this(username, password, NO_ADDRESS);
        }

        @Override
        public String toString() {
            return "LogInCommand[" + username + "]";
        }
    }
}
