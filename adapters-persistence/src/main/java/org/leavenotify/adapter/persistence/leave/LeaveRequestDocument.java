package org.leavenotify.adapter.persistence.leave;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A leave request as stored: one document holds the request and its outbox of undispatched events, so
 * that a decision and the event about it are written in the same single-document (atomic) write.
 * Dates are ISO-8601 strings ({@code 2026-12-07}), which sort correctly and carry no time zone.
 *
 * @param remindedAt         when its decider was reminded, if it was (the other two likewise: when it went
 *                           up to the decider's manager, when HR was told it started undecided); absent in
 *                           documents written before reminders existed, which reads as not yet
 * @param version moved on by every write; a write names the version it read, so lost updates are refused
 */
@Document(collection = MongoLeaveRequestRepository.COLLECTION)
record LeaveRequestDocument(@Id String id, String employeeId, String approverId, String type, String startDate,
                            String endDate, boolean startsAtNoon, boolean endsAtNoon, int workingHalfDays,
                            String status, String reason, String decisionComment, Instant createdAt,
                            Instant decidedAt, String decidedBy, Instant remindedAt, Instant escalatedAt,
                            Instant startedUndecidedAt, long version, List<LeaveEventDocument> outbox) {
}
