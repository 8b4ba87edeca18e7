package org.leavenotify.domain.leave;

import java.time.Instant;

import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.shared.EventId;

/** Raised when the manager (or HR) rejected the request, saying why. */
public record LeaveRequestRejected(EventId eventId, LeaveSummary leave, EmployeeId actorId, Instant occurredAt,
                             String reason) implements LeaveEvent {

    @Override
    public <R> R match(Cases<R> cases) {
        return cases.rejected(this);
    }
}
