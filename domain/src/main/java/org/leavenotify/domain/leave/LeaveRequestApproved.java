package org.leavenotify.domain.leave;

import java.time.Instant;

import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.shared.EventId;

/** Raised when the manager (or HR) approved the request. */
public record LeaveRequestApproved(EventId eventId, LeaveSummary leave, EmployeeId actorId, Instant occurredAt,
                             String comment) implements LeaveEvent {

    @Override
    public <R> R match(Cases<R> cases) {
        return cases.approved(this);
    }
}
