package org.leavenotify.application.inmemory;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.leavenotify.application.leave.port.out.EmployeeDirectoryPort;
import org.leavenotify.domain.leave.Employee;
import org.leavenotify.domain.leave.EmployeeId;

/** Employees in memory. */
public final class InMemoryEmployeeDirectory implements EmployeeDirectoryPort {

    private final Map<EmployeeId, Employee> employees = new ConcurrentHashMap<>();

    @Override
    public Optional<Employee> findById(EmployeeId id) {
        return Optional.ofNullable(employees.get(id));
    }

    @Override
    public Optional<Employee> findByUsername(String username) {
        return employees.values().stream().filter(employee -> employee.username().equals(username)).findFirst();
    }

    @Override
    public List<Employee> findReportsOf(EmployeeId manager) {
        return employees.values().stream()
                .filter(employee -> manager.equals(employee.managerId()))
                .sorted(Comparator.comparing(employee -> employee.id().value()))
                .toList();
    }

    @Override
    public void save(Employee employee) {
        employees.put(employee.id(), employee);
    }
}
