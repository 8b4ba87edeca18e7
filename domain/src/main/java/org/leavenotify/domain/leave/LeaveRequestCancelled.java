package org.leavenotify.domain.leave;

import java.time.Instant;

import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.shared.EventId;

/** Raised when the employee withdrew a pending request or cancelled approved leave before it started. */
public record LeaveRequestCancelled(EventId eventId, LeaveSummary leave, EmployeeId actorId, Instant occurredAt,
                             String reason, boolean wasApproved) implements LeaveEvent {

    @Override
    public <R> R match(Cases<R> cases) {
        return cases.cancelled(this);
    }
}
