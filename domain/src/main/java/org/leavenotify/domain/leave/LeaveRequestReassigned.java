package org.leavenotify.domain.leave;

import java.time.Instant;

import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.shared.EventId;

/**
 * Raised when a pending request was handed to another approver because the requester's manager
 * changed; the new approver ({@code leave().approverId()}) must now decide it.
 *
 * @param actorId            who changed the reporting line (HR)
 * @param previousApproverId who the request waited for before, or {@code null}
 */
public record LeaveRequestReassigned(EventId eventId, LeaveSummary leave, EmployeeId actorId, Instant occurredAt,
                                     EmployeeId previousApproverId) implements LeaveEvent {

    @Override
    public <R> R match(Cases<R> cases) {
        return cases.reassigned(this);
    }
}
