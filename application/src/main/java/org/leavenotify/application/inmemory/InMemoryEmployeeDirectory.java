package org.leavenotify.application.inmemory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.leavenotify.application.administration.port.out.OrganisationStorePort;
import org.leavenotify.application.leave.port.out.EmployeeDirectoryPort;
import org.leavenotify.domain.leave.Employee;
import org.leavenotify.domain.leave.EmployeeId;
import org.leavenotify.domain.organisation.OrganisationEvent;
import org.leavenotify.domain.organisation.UsernameTaken;
import org.leavenotify.domain.shared.EventId;

/**
 * Employees in memory, each with their outbox of organisation events. Writes are serialised, so that
 * the unique username check and the write are one step, as the store's unique index makes them.
 */
public final class InMemoryEmployeeDirectory implements EmployeeDirectoryPort, OrganisationStorePort {

    private final Map<EmployeeId, Employee> employees = new ConcurrentHashMap<>();
    private final Map<EmployeeId, List<OrganisationEvent>> outboxes = new LinkedHashMap<>();

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
    public synchronized void save(Employee employee) {
        requireUsernameFreeFor(employee);
        employees.put(employee.id(), employee);
    }

    @Override
    public synchronized void insert(Employee employee) {
        if (employees.containsKey(employee.id())) {
            throw new UsernameTaken(employee.username());
        }
        requireUsernameFreeFor(employee);
        employees.put(employee.id(), employee);
    }

    @Override
    public synchronized void saveWithEvents(Employee employee, List<OrganisationEvent> events) {
        save(employee);
        if (!events.isEmpty()) {
            outboxes.computeIfAbsent(employee.id(), id -> new ArrayList<>()).addAll(events);
        }
    }

    @Override
    public List<Employee> findAll() {
        return employees.values().stream().sorted(Comparator.comparing(Employee::username)).toList();
    }

    @Override
    public synchronized List<EmployeeId> findWithUndispatchedEvents(int limit) {
        return outboxes.entrySet().stream().filter(entry -> !entry.getValue().isEmpty())
                .map(Map.Entry::getKey).limit(Math.max(limit, 0)).toList();
    }

    @Override
    public synchronized List<OrganisationEvent> undispatchedEvents(EmployeeId employee) {
        return List.copyOf(outboxes.getOrDefault(employee, List.of()));
    }

    @Override
    public synchronized void markDispatched(EmployeeId employee, Set<EventId> eventIds) {
        List<OrganisationEvent> outbox = outboxes.get(employee);
        if (outbox != null) {
            outbox.removeIf(event -> eventIds.contains(event.eventId()));
            if (outbox.isEmpty()) {
                outboxes.remove(employee);
            }
        }
    }

    private void requireUsernameFreeFor(Employee employee) {
        findByUsername(employee.username()).filter(other -> !other.id().equals(employee.id())).ifPresent(other -> {
            throw new UsernameTaken(employee.username());
        });
    }
}
