package org.leavenotify.application.administration.port.out;

import java.util.List;
import java.util.Set;

import org.leavenotify.application.administration.OrganisationChange;
import org.leavenotify.application.administration.OrganisationRevision;
import org.leavenotify.domain.organisation.Employee;
import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.organisation.OrganisationEvent;
import org.leavenotify.domain.shared.EventId;

/**
 * What HR administration needs from the store that keeps the employees (the same store as
 * {@link org.leavenotify.application.leave.port.out.EmployeeDirectoryPort}): adding someone new without
 * ever replacing someone who exists, and saving an employee together with the organisation events their
 * change raised in one atomic single-document write (their outbox), so that the change and what must
 * follow from it are never separated (the target store has no multi-document transactions).
 *
 * <p>HR's changes to the organisation (who exists, who reports to whom, who is active, who holds which role)
 * are ordered by one revision number that the store keeps in one document: a change is committed by taking
 * the next revision, which only one change can take ({@link #takeRevision}), and then written to each
 * employee it touches ({@link #applyRevision}). A change planned on what revision {@code n} shows can only
 * commit as {@code n + 1}, so two changes made at once on two nodes never both pass rules that together
 * they would break (a reporting cycle, a manager deactivated under a new report).
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

    /** The current revision, with its change while that may not be written to every employee yet. */
    OrganisationRevision revision();

    /**
     * Takes revision {@code expected + 1} for {@code change}, in one atomic write, if the current revision
     * is still {@code expected} and its change is written everywhere. False, and nothing changed, otherwise:
     * someone else changed the organisation since {@code expected} was read.
     */
    boolean takeRevision(long expected, OrganisationChange change);

    /**
     * Writes the change that took {@code revision} to each employee it touches, each in one atomic write with
     * its events. May run more than once, on several nodes at once (the node that took the revision, another
     * that found it unfinished): an employee already written at this revision or a later one is left as it
     * is, so a change is written once and never undoes a later one. Someone new whose id or username another
     * employee holds already is not added.
     */
    void applyRevision(long revision, OrganisationChange change);

    /** The change of {@code revision} is written everywhere: forgets it. Nothing if it is gone already. */
    void revisionApplied(long revision);
}
