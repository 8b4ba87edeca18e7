package org.leavenotify.adapter.persistence.leave;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.leavenotify.adapter.persistence.MongoCalls;
import org.leavenotify.adapter.persistence.MongoIndexes;
import org.leavenotify.application.leave.port.out.EmployeeDirectoryPort;
import org.leavenotify.domain.leave.Employee;
import org.leavenotify.domain.leave.EmployeeId;
import org.leavenotify.domain.leave.Role;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.index.Index;

/** The employee directory on MongoDB. */
final class MongoEmployeeDirectory implements EmployeeDirectoryPort {

    static final String COLLECTION = "employees";

    private final SpringDataEmployeeRepository employees;

    MongoEmployeeDirectory(SpringDataEmployeeRepository employees) {
        this.employees = employees;
    }

    /** Log-in looks employees up by username (unique, so the embedded store uses it too); teams by manager. */
    void createIndexes(MongoIndexes indexes) {
        indexes.ensure(COLLECTION,
                new Index().on("username", Direction.ASC).unique().named("employee_username"),
                new Index().on("managerId", Direction.ASC).named("employees_by_manager"));
    }

    @Override
    public Optional<Employee> findById(EmployeeId id) {
        return MongoCalls.call("loading employee " + id, () -> employees.findById(id.value()).map(this::toDomain));
    }

    @Override
    public Optional<Employee> findByUsername(String username) {
        return MongoCalls.call("looking up a username", () -> employees.findByUsername(username).map(this::toDomain));
    }

    @Override
    public List<Employee> findReportsOf(EmployeeId manager) {
        return MongoCalls.call("loading the reports of " + manager, () ->
                employees.findByManagerIdOrderByIdAsc(manager.value()).stream().map(this::toDomain).toList());
    }

    @Override
    public void save(Employee employee) {
        MongoCalls.run("saving employee " + employee.id(), () -> employees.save(toDocument(employee)));
    }

    private EmployeeDocument toDocument(Employee employee) {
        return new EmployeeDocument(employee.id().value(), employee.username(), employee.displayName(),
                employee.roles().stream().map(Role::name).sorted().toList(),
                employee.managerId() == null ? null : employee.managerId().value(), employee.active());
    }

    private Employee toDomain(EmployeeDocument document) {
        Set<Role> roles = document.roles() == null || document.roles().isEmpty() ? Set.of()
                : document.roles().stream().map(Role::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        return new Employee(new EmployeeId(document.id()), document.username(), document.displayName(), roles,
                document.managerId() == null ? null : new EmployeeId(document.managerId()), document.active());
    }
}
