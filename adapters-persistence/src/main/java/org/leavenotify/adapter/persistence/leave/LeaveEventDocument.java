package org.leavenotify.adapter.persistence.leave;

import java.time.Instant;

/**
 * One undispatched event in a request's outbox. What the event says about the request (its summary) is
 * not repeated: it is made of the request's fields that never change.
 *
 * @param kind               {@code SUBMITTED}, {@code APPROVED}, {@code REJECTED}, {@code CANCELLED} or
 *                           {@code REASSIGNED}, {@code REMINDED}, {@code ESCALATED} or {@code STARTED_UNDECIDED}
 * @param text               the reason (submitted, rejected, cancelled) or comment (approved), if any
 * @param wasApproved        for a cancellation: whether approved leave was cancelled
 * @param previousApproverId for a reassignment or an escalation: who the request waited for before, if anyone
 * @param workingDaysWaited  for a reminder or an escalation: how many working days the request had waited
 */
record LeaveEventDocument(String eventId, String kind, String actorId, Instant occurredAt, String text,
                          Boolean wasApproved, String previousApproverId, Integer workingDaysWaited) {
}
