package org.leavenotify.application.administration.port.out;

import java.util.List;
import java.util.Set;

import org.leavenotify.domain.leave.Employee;
import org.leavenotify.domain.leave.EmployeeId;
import org.leavenotify.domain.organisation.OrganisationEvent;
import org.leavenotify.domain.shared.EventId;

/**
 * What HR administration needs from the store that keeps the employees (the same store as
 * {@link org.leavenotify.application.leave.port.out.EmployeeDirectoryPort}): adding someone new without
 * ever replacing someone who exists, and saving an employee together with the organisation events their
 * change raised in one atomic single-document write (their outbox), so that the change and what must
 * follow from it are never separated (the target store has no multi-document transactions).
 */
public interface OrganisationStorePort {

    /**
     * Adds a new employee. Refused with {@link org.leavenotify.domain.organisation.UsernameTaken}, and
     * nothing changed, when an employee with the same id or the same username is stored: the check and
     * the write are one atomic operation of the store, so two HR administrators adding the same
     * username at once cannot both succeed.
     */
    void insert(Employee employee);

    /**
     * Replaces the stored employee and appends {@code events} to their outbox, in one atomic write.
     * Events already in the outbox stay there. Refused with {@code UsernameTaken} as
     * {@code EmployeeDirectoryPort#save} is.
     */
    void saveWithEvents(Employee employee, List<OrganisationEvent> events);

    /** Every employee, active or not, by username. */
    List<Employee> findAll();

    /** Ids of employees whose outbox is not empty, at most {@code limit} (none when it is 0 or less). */
    List<EmployeeId> findWithUndispatchedEvents(int limit);

    /** The events in the employee's outbox, oldest first (none for an unknown employee). */
    List<OrganisationEvent> undispatchedEvents(EmployeeId employee);

    /**
     * Removes these events from the employee's outbox in one atomic write. Events already removed, or an
     * employee that does not exist, change nothing.
     */
    void markDispatched(EmployeeId employee, Set<EventId> eventIds);
}
