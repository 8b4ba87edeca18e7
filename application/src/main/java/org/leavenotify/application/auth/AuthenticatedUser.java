package org.leavenotify.application.auth;

import java.time.Instant;
import java.util.Set;

import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.organisation.Role;
import org.leavenotify.domain.shared.Require;

/**
 * Who a verified token speaks for, what they may do, until when, and the session generation it belongs to
 * (a session opened with it ends when that generation does).
 */
public record AuthenticatedUser(EmployeeId employeeId, Set<Role> roles, Instant expiresAt, long generation) {

    public AuthenticatedUser {
        Require.present(employeeId, "employee id");
        roles = Set.copyOf(Require.present(roles, "roles"));
        Require.present(expiresAt, "expiry");
    }

    public AuthenticatedUser(EmployeeId employeeId, Set<Role> roles, Instant expiresAt) {
        this(employeeId, roles, expiresAt, 0);
    }
}
