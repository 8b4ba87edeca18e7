package org.leavenotify.application.auth;

import org.leavenotify.domain.leave.EmployeeId;
import org.leavenotify.domain.shared.Require;

/** A username, the employee it belongs to and the hash of their password (never the password). */
public record StoredCredentials(String username, EmployeeId employeeId, String passwordHash) {

    public StoredCredentials {
        Require.text(username, "username");
        Require.present(employeeId, "employee id");
        Require.text(passwordHash, "password hash");
    }

    @Override
    public String toString() {
        return "StoredCredentials[" + username + ", " + employeeId + "]";
    }
}
