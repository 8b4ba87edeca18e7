package org.leavenotify.domain.leave;

import java.time.Instant;

import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.shared.EventId;

/**
 * Raised once when a request has waited {@code workingDaysWaited} working days without a decision and went
 * up from its decider to the decider's own manager ({@code leave().approverId()}), or to HR when there is
 * none ({@code null}). The new decider may decide it; so may the requester's manager and HR, as before.
 *
 * @param actorId            the requester: the escalation is on their behalf
 * @param previousApproverId who the request waited for before
 */
public record LeaveRequestEscalated(EventId eventId, LeaveSummary leave, EmployeeId actorId, Instant occurredAt,
                                    EmployeeId previousApproverId, int workingDaysWaited) implements LeaveEvent {

    @Override
    public <R> R match(Cases<R> cases) {
        return cases.escalated(this);
    }
}
