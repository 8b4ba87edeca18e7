package org.leavenotify.domain.leave;

import java.time.Instant;

import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.shared.EventId;

/** Raised when the employee asked for leave; their manager must decide. */
public record LeaveRequestSubmitted(EventId eventId, LeaveSummary leave, EmployeeId actorId, Instant occurredAt,
                             String reason) implements LeaveEvent {

    @Override
    public <R> R match(Cases<R> cases) {
        return cases.submitted(this);
    }
}
