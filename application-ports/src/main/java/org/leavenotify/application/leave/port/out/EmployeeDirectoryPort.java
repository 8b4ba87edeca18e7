package org.leavenotify.application.leave.port.out;

import java.util.List;
import java.util.Optional;

import org.leavenotify.domain.organisation.Employee;
import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.organisation.Role;

/** Who works here, what they may do and who manages whom. */
public interface EmployeeDirectoryPort {

    Optional<Employee> findById(EmployeeId id);

    /** Usernames are unique and compared exactly. */
    Optional<Employee> findByUsername(String username);

    /** The employees whose direct manager is {@code manager}, active or not. */
    List<Employee> findReportsOf(EmployeeId manager);

    /** The active employees who hold {@code role}, ordered by id (HR, who is told what no manager decides). */
    List<Employee> findActiveWithRole(Role role);

    /**
     * Adds or replaces an employee. Refused with {@link org.leavenotify.domain.organisation.UsernameTaken}
     * when another employee already has the username (usernames are unique in the store).
     */
    void save(Employee employee);
}
