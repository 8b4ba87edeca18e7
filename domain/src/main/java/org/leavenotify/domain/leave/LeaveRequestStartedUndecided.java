package org.leavenotify.domain.leave;

import java.time.Instant;

import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.shared.EventId;

/**
 * Raised once when the first day of a request came while it was still waiting for its decision: HR is
 * told, since the employee may be away without an answer.
 *
 * @param actorId the requester
 */
public record LeaveRequestStartedUndecided(EventId eventId, LeaveSummary leave, EmployeeId actorId,
                                           Instant occurredAt) implements LeaveEvent {

    @Override
    public <R> R match(Cases<R> cases) {
        return cases.startedUndecided(this);
    }
}
