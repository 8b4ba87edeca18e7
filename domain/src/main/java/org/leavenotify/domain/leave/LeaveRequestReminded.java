package org.leavenotify.domain.leave;

import java.time.Instant;

import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.shared.EventId;

/**
 * Raised once when a request has waited {@code workingDaysWaited} working days for its decision: its
 * decider ({@code leave().approverId()}, or HR when there is none) is reminded.
 *
 * @param actorId the requester: the reminder is on their behalf
 */
public record LeaveRequestReminded(EventId eventId, LeaveSummary leave, EmployeeId actorId, Instant occurredAt,
                                   int workingDaysWaited) implements LeaveEvent {

    @Override
    public <R> R match(Cases<R> cases) {
        return cases.reminded(this);
    }
}
