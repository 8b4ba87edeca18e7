package org.leavenotify.adapter.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.leavenotify.application.administration.OrganisationChange;
import org.leavenotify.application.administration.OrganisationRevision;
import org.leavenotify.application.administration.port.out.OrganisationStorePort;
import org.leavenotify.application.leave.port.out.EmployeeDirectoryPort;
import org.leavenotify.domain.organisation.Employee;
import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.organisation.OrganisationEvent;
import org.leavenotify.domain.organisation.Role;
import org.leavenotify.domain.organisation.UsernameTaken;
import org.leavenotify.domain.shared.EventId;

/**
 * Employees in memory, each with their outbox of organisation events. Writes are serialised, so that
 * the unique username check and the write are one step, as the store's unique index makes them.
 */
public final class InMemoryEmployeeDirectory implements EmployeeDirectoryPort, OrganisationStorePort {

    private final Map<EmployeeId, Employee> employees = new ConcurrentHashMap<>();
    private final Map<EmployeeId, List<OrganisationEvent>> outboxes = new LinkedHashMap<>();
    /** The organisation revision each employee was last written at by an HR change. */
    private final Map<EmployeeId, Long> writtenAt = new HashMap<>();
    private OrganisationRevision revision = OrganisationRevision.initial();

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
    public List<Employee> findActiveWithRole(Role role) {
        return employees.values().stream()
                .filter(employee -> employee.active() && employee.hasRole(role))
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

    @Override
    public synchronized OrganisationRevision revision() {
        return revision;
    }

    @Override
    public synchronized boolean takeRevision(long expected, OrganisationChange change) {
        if (revision.number() != expected || revision.pending().isPresent()) {
            return false;
        }
        revision = new OrganisationRevision(expected + 1, Optional.of(change));
        return true;
    }

    @Override
    public synchronized void applyRevision(long revisionNumber, OrganisationChange change) {
        for (OrganisationChange.EmployeeWrite write : change.writes()) {
            Employee employee = write.employee();
            if (writtenAt.getOrDefault(employee.id(), Long.MIN_VALUE) >= revisionNumber) {
                continue;
            }
            if (write.hired()) {
                boolean taken = employees.containsKey(employee.id()) || findByUsername(employee.username()).isPresent();
                if (taken) {
                    continue;
                }
            }
            saveWithEvents(employee, write.events());
            writtenAt.put(employee.id(), revisionNumber);
        }
    }

    @Override
    public synchronized void revisionApplied(long revisionNumber) {
        if (revision.number() == revisionNumber) {
            revision = new OrganisationRevision(revisionNumber, Optional.empty());
        }
    }
}
