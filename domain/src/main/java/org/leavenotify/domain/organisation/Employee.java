package org.leavenotify.domain.organisation;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.leavenotify.domain.shared.Require;

/**
 * A person in the organisation: who they are, what they may do, and who approves their leave.
 *
 * @param managerId the direct manager, or {@code null} at the top of the hierarchy
 */
public record Employee(EmployeeId id, String username, String displayName, Set<Role> roles, EmployeeId managerId,
                       boolean active) {

    public Employee {
        Require.present(id, "employee id");
        Require.text(username, "username");
        Require.text(displayName, "display name");
        Require.present(roles, "roles");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        if (id.equals(managerId)) {
            throw new org.leavenotify.domain.shared.InvalidValue("an employee cannot be their own manager");
        }
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public Optional<EmployeeId> manager() {
        return Optional.ofNullable(managerId);
    }

    /** True when this employee is the direct manager of {@code other}. */
    public boolean manages(Employee other) {
        return id.equals(other.managerId());
    }

    /** True when this employee can have people report to them: active, with the MANAGER role. */
    public boolean canManage() {
        return active && hasRole(Role.MANAGER);
    }

    /** The same person reporting to {@code newManager} ({@code null}: to nobody). */
    public Employee withManager(EmployeeId newManager) {
        return new Employee(id, username, displayName, roles, newManager, active);
    }

    /** The same person with these roles instead of their current ones. */
    public Employee withRoles(Set<Role> newRoles) {
        return new Employee(id, username, displayName, newRoles, managerId, active);
    }

    /** The same person, no longer active: they can neither log in nor be anyone's manager. */
    public Employee deactivated() {
        return new Employee(id, username, displayName, roles, managerId, false);
    }

    /** True when this employee may see and decide {@code requester}'s leave: their manager, or HR. */
    public boolean approvesFor(Employee requester) {
        return !id.equals(requester.id()) && (manages(requester) || hasRole(Role.HR_ADMIN));
    }
}
