package org.leavenotify.domain.organisation;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.leavenotify.domain.shared.EventId;
import org.leavenotify.domain.shared.Require;

/**
 * The rules HR administration keeps about who works here and who manages whom:
 * <ul>
 *   <li>only an active HR administrator changes anything ({@link NotAnAdministrator});</li>
 *   <li>a manager is an active employee with the MANAGER role ({@link NotAnActiveManager});</li>
 *   <li>nobody ends up managing themselves through a chain of managers ({@link ReportingCycle});</li>
 *   <li>a manager with active reports keeps the MANAGER role and stays active until the reports have
 *       moved ({@link ManagerStillHasReports});</li>
 *   <li>an administrator cannot deactivate themselves or drop their own HR role
 *       ({@link CannotRemoveOwnAccess});</li>
 *   <li>a deactivated employee's record no longer changes ({@link EmployeeInactive}).</li>
 * </ul>
 * Everyone has the EMPLOYEE role: it is added to whatever roles HR gives.
 */
public final class ReportingLines {

    public static final int MAX_DISPLAY_NAME_LENGTH = 100;

    /** The people the rules look at: the directory, or the directory plus the lines of an import. */
    public interface People {

        Optional<Employee> find(EmployeeId id);

        /** The direct reports of {@code manager}, active or not. */
        List<Employee> reportsOf(EmployeeId manager);
    }

    private final People people;

    public ReportingLines(People people) {
        this.people = Require.present(people, "people");
    }

    /** Refuses anyone but an active HR administrator. */
    public static void requireAdministrator(Employee actor) {
        if (actor == null || !actor.active() || !actor.hasRole(Role.HR_ADMIN)) {
            throw new NotAnAdministrator(actor == null ? null : actor.id());
        }
    }

    /**
     * A new, active employee whose id is their username. The manager, if any, must be an active
     * manager. Whether the username is free is the store's to say (it is unique there).
     */
    /**
     * The first HR administrator of an organisation, hired by nobody: only while {@code everyone} holds no
     * active HR administrator (an installation's first start), with the employee and HR roles and no manager.
     */
    public static Employee firstAdministrator(String username, String displayName, Collection<Employee> everyone) {
        if (everyone.stream().anyMatch(employee -> employee.active() && employee.hasRole(Role.HR_ADMIN))) {
            throw new AnAdministratorExists();
        }
        Usernames.check(username);
        return new Employee(new EmployeeId(username), username, checkDisplayName(displayName),
                Set.of(Role.EMPLOYEE, Role.HR_ADMIN), null, true);
    }

    public Employee hire(Employee actor, String username, String displayName, Set<Role> roles, EmployeeId managerId) {
        requireAdministrator(actor);
        Usernames.check(username);
        EmployeeId id = new EmployeeId(username);
        Employee employee = new Employee(id, username, checkDisplayName(displayName), withEmployeeRole(roles),
                managerId, true);
        requireValidManager(id, managerId);
        return employee;
    }

    /**
     * Moves {@code employee} to {@code newManager} ({@code null}: to nobody). Moving them to the manager
     * they have changes nothing and raises nothing.
     */
    public ManagerChange changeManager(Employee actor, Employee employee, EmployeeId newManager, EventId eventId,
                                       Instant at) {
        requireAdministrator(actor);
        requireActive(employee);
        if (Objects.equals(employee.managerId(), newManager)) {
            return new ManagerChange(employee, Optional.empty());
        }
        requireValidManager(employee.id(), newManager);
        return new ManagerChange(employee.withManager(newManager), Optional.of(new ManagerChanged(eventId,
                employee.id(), employee.managerId(), newManager, actor.id(), at)));
    }

    /** Gives {@code employee} these roles (EMPLOYEE always included). */
    public Employee changeRoles(Employee actor, Employee employee, Set<Role> roles) {
        requireAdministrator(actor);
        requireActive(employee);
        Set<Role> newRoles = withEmployeeRole(roles);
        if (actor.id().equals(employee.id()) && !newRoles.contains(Role.HR_ADMIN)) {
            throw new CannotRemoveOwnAccess();
        }
        if (employee.hasRole(Role.MANAGER) && !newRoles.contains(Role.MANAGER)) {
            requireNoActiveReports(employee);
        }
        return employee.withRoles(newRoles);
    }

    /** Deactivates {@code employee}; deactivating someone inactive changes nothing. */
    public Employee deactivate(Employee actor, Employee employee) {
        requireAdministrator(actor);
        if (!employee.active()) {
            return employee;
        }
        if (actor.id().equals(employee.id())) {
            throw new CannotRemoveOwnAccess();
        }
        requireNoActiveReports(employee);
        return employee.deactivated();
    }

    /**
     * Refuses {@code managerId} as the manager of {@code employeeId} unless they are an active manager
     * and not below {@code employeeId} in the hierarchy. {@code null} (no manager) is always fine.
     */
    public void requireValidManager(EmployeeId employeeId, EmployeeId managerId) {
        if (managerId == null) {
            return;
        }
        if (managerId.equals(employeeId)) {
            throw new ReportingCycle(employeeId, managerId);
        }
        Employee manager = people.find(managerId).filter(Employee::canManage)
                .orElseThrow(() -> new NotAnActiveManager(managerId));
        Set<EmployeeId> seen = new HashSet<>();
        for (EmployeeId above = manager.managerId(); above != null && seen.add(above);
             above = people.find(above).map(Employee::managerId).orElse(null)) {
            if (above.equals(employeeId)) {
                throw new ReportingCycle(employeeId, managerId);
            }
        }
    }

    private void requireNoActiveReports(Employee manager) {
        long active = people.reportsOf(manager.id()).stream().filter(Employee::active).count();
        if (active > 0) {
            throw new ManagerStillHasReports(manager.id(), (int) active);
        }
    }

    /** HR changes only active people: refuses anyone deactivated. */
    public static void requireActive(Employee employee) {
        if (!employee.active()) {
            throw new EmployeeInactive(employee.id());
        }
    }

    private static String checkDisplayName(String displayName) {
        Require.text(displayName, "display name");
        Require.textUpTo(displayName.strip(), MAX_DISPLAY_NAME_LENGTH, "display name");
        return displayName.strip();
    }

    private static Set<Role> withEmployeeRole(Set<Role> roles) {
        EnumSet<Role> all = EnumSet.of(Role.EMPLOYEE);
        if (roles != null) {
            all.addAll(roles);
        }
        return all;
    }
}
