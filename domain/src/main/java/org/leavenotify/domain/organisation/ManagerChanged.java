package org.leavenotify.domain.organisation;

import java.time.Instant;

import org.leavenotify.domain.shared.EventId;
import org.leavenotify.domain.shared.Require;

/**
 * Raised when HR moved an employee to another manager. The employee and both managers are told, and
 * the employee's pending requests move to the new manager.
 *
 * @param previousManagerId the manager before, or {@code null} if they had none
 * @param newManagerId      the manager now, or {@code null} if they have none
 */
public record ManagerChanged(EventId eventId, EmployeeId employeeId, EmployeeId previousManagerId,
                             EmployeeId newManagerId, EmployeeId actorId, Instant occurredAt)
        implements OrganisationEvent {

    public ManagerChanged {
        Require.present(eventId, "event id");
        Require.present(employeeId, "employee id");
        Require.present(actorId, "actor id");
        Require.present(occurredAt, "occurred at");
    }

    @Override
    public <R> R match(Cases<R> cases) {
        return cases.managerChanged(this);
    }
}
