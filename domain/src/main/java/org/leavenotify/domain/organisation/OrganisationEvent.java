package org.leavenotify.domain.organisation;

import java.time.Instant;

import org.leavenotify.domain.shared.EventId;

/**
 * Something HR changed in the organisation that others must hear about and that has consequences
 * beyond the employee's own record. Saved with the employee in the same single-document write (the
 * employee's outbox) and completed afterwards, so that nothing is lost between the change and what
 * follows from it.
 */
public sealed interface OrganisationEvent permits ManagerChanged {

    EventId eventId();

    /** The employee the change is about. */
    EmployeeId employeeId();

    /** Who made the change (HR). */
    EmployeeId actorId();

    Instant occurredAt();

    /** Hands the event to the case for its kind (see {@code LeaveEvent.match}: a new kind must be handled everywhere). */
    <R> R match(Cases<R> cases);

    /** One method per kind of organisation event. */
    interface Cases<R> {
        R managerChanged(ManagerChanged event);
    }
}
