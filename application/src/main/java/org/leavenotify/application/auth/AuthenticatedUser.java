package org.leavenotify.application.auth;

import java.time.Instant;
import java.util.Set;

import org.leavenotify.domain.leave.EmployeeId;
import org.leavenotify.domain.leave.Role;
import org.leavenotify.domain.shared.Require;

/** Who a verified token speaks for, what they may do, and until when. */
public record AuthenticatedUser(EmployeeId employeeId, Set<Role> roles, Instant expiresAt) {

    public AuthenticatedUser {
        Require.present(employeeId, "employee id");
        roles = Set.copyOf(Require.present(roles, "roles"));
        Require.present(expiresAt, "expiry");
    }
}
