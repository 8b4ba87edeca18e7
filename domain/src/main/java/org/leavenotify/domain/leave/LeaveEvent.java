package org.leavenotify.domain.leave;

import java.time.Instant;

import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.shared.EventId;

/**
 * Something that happened to a leave request. Events are raised by the {@link LeaveRequest} intent
 * methods, saved with the request (its outbox) and turned into notifications afterwards.
 */
public sealed interface LeaveEvent
        permits LeaveRequestSubmitted, LeaveRequestApproved, LeaveRequestRejected, LeaveRequestCancelled,
        LeaveRequestReassigned, LeaveRequestReminded, LeaveRequestEscalated, LeaveRequestStartedUndecided {

    EventId eventId();

    /** What the event is about. */
    LeaveSummary leave();

    /** Who made it happen. */
    EmployeeId actorId();

    Instant occurredAt();

    /**
     * Hands the event to the case for its kind. Java 17 has no exhaustive switch over a sealed type, so
     * this is how code that treats every kind differently stays checked by the compiler: a new kind of event
     * adds a method to {@link Cases}, and every {@code Cases} that does not handle it stops compiling.
     */
    <R> R match(Cases<R> cases);

    /** One method per kind of leave event. */
    interface Cases<R> {
        R submitted(LeaveRequestSubmitted event);

        R approved(LeaveRequestApproved event);

        R rejected(LeaveRequestRejected event);

        R cancelled(LeaveRequestCancelled event);

        R reassigned(LeaveRequestReassigned event);

        R reminded(LeaveRequestReminded event);

        R escalated(LeaveRequestEscalated event);

        R startedUndecided(LeaveRequestStartedUndecided event);
    }
}
