package org.leavenotify.domain.leave;

import java.time.Instant;

import org.leavenotify.domain.shared.EventId;

/**
 * Something that happened to a leave request. Events are raised by the {@link LeaveRequest} intent
 * methods, saved with the request (its outbox) and turned into notifications afterwards.
 */
public sealed interface LeaveEvent
        permits LeaveRequestSubmitted, LeaveRequestApproved, LeaveRequestRejected, LeaveRequestCancelled,
        LeaveRequestReassigned {

    EventId eventId();

    /** What the event is about. */
    LeaveSummary leave();

    /** Who made it happen. */
    EmployeeId actorId();

    Instant occurredAt();
}
