package org.leavenotify.application.auth;

import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.shared.Require;

/**
 * A username, the employee it belongs to and the hash of their password (never the password).
 *
 * @param mustChange the password was set by someone else for a first sign-in (the first administrator's):
 *                   it signs in only together with a new password of its owner's
 */
public record StoredCredentials(String username, EmployeeId employeeId, String passwordHash, boolean mustChange) {

    public StoredCredentials {
        Require.text(username, "username");
        Require.present(employeeId, "employee id");
        Require.text(passwordHash, "password hash");
    }

    public StoredCredentials(String username, EmployeeId employeeId, String passwordHash) {
        this(username, employeeId, passwordHash, false);
    }

    @Override
    public String toString() {
        return "StoredCredentials[" + username + ", " + employeeId + "]";
    }
}
