package org.leavenotify.adapter.persistence.leave;

import java.time.LocalDate;
import java.util.List;

import org.leavenotify.domain.leave.FollowUps;
import org.leavenotify.domain.leave.LeaveEvent;
import org.leavenotify.domain.leave.LeavePeriod;
import org.leavenotify.domain.leave.LeaveRequest;
import org.leavenotify.domain.leave.LeaveRequestApproved;
import org.leavenotify.domain.leave.LeaveRequestCancelled;
import org.leavenotify.domain.leave.LeaveRequestId;
import org.leavenotify.domain.leave.LeaveRequestEscalated;
import org.leavenotify.domain.leave.LeaveRequestReassigned;
import org.leavenotify.domain.leave.LeaveRequestReminded;
import org.leavenotify.domain.leave.LeaveRequestRejected;
import org.leavenotify.domain.leave.LeaveRequestStartedUndecided;
import org.leavenotify.domain.leave.LeaveRequestSubmitted;
import org.leavenotify.domain.leave.LeaveStatus;
import org.leavenotify.domain.leave.LeaveSummary;
import org.leavenotify.domain.leave.LeaveType;
import org.leavenotify.domain.leave.WorkingDays;
import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.shared.EventId;

/** Translates leave requests and their events between the domain and the stored documents. */
final class LeaveRequestMapper {

    private static final String SUBMITTED = "SUBMITTED";
    private static final String APPROVED = "APPROVED";
    private static final String REJECTED = "REJECTED";
    private static final String CANCELLED = "CANCELLED";
    private static final String REASSIGNED = "REASSIGNED";
    private static final String REMINDED = "REMINDED";
    private static final String ESCALATED = "ESCALATED";
    private static final String STARTED_UNDECIDED = "STARTED_UNDECIDED";

    private LeaveRequestMapper() {
    }

    static LeaveRequestDocument toDocument(LeaveRequest request, long version) {
        LeavePeriod period = request.period();
        return new LeaveRequestDocument(request.id().value(), request.employeeId().value(),
                valueOf(request.approverId()), request.type().name(), period.start().toString(),
                period.end().toString(), period.startsAtNoon(), period.endsAtNoon(),
                request.workingDays().halfDays(), request.status().name(), request.reason(),
                request.decisionComment(), request.createdAt(), request.decidedAt(), valueOf(request.decidedBy()),
                request.followUps().remindedAt(), request.followUps().escalatedAt(),
                request.followUps().startedUndecidedAt(), version, request.undispatchedEvents().stream().map(LeaveRequestMapper::toDocument).toList());
    }

    static LeaveRequest toDomain(LeaveRequestDocument document) {
        LeaveRequestId id = new LeaveRequestId(document.id());
        EmployeeId employee = new EmployeeId(document.employeeId());
        EmployeeId approver = employeeId(document.approverId());
        LeaveType type = LeaveType.valueOf(document.type());
        LeavePeriod period = new LeavePeriod(LocalDate.parse(document.startDate()), LocalDate.parse(document.endDate()),
                document.startsAtNoon(), document.endsAtNoon());
        WorkingDays workingDays = new WorkingDays(document.workingHalfDays());
        LeaveSummary summary = new LeaveSummary(id, employee, approver, type, period, workingDays);
        List<LeaveEvent> outbox = document.outbox() == null ? List.of()
                : document.outbox().stream().map(event -> toDomain(event, summary)).toList();
        return LeaveRequest.restore(id, employee, approver, type, period, workingDays,
                LeaveStatus.valueOf(document.status()), document.reason(), document.decisionComment(),
                document.createdAt(), document.decidedAt(), employeeId(document.decidedBy()),
                new FollowUps(document.remindedAt(), document.escalatedAt(), document.startedUndecidedAt()),
                document.version(), outbox);
    }

    static LeaveEventDocument toDocument(LeaveEvent event) {
        String eventId = event.eventId().value();
        String actor = event.actorId().value();
        return event.match(new LeaveEvent.Cases<>() {
            @Override
            public LeaveEventDocument submitted(LeaveRequestSubmitted submitted) {
                return new LeaveEventDocument(eventId, SUBMITTED, actor, event.occurredAt(), submitted.reason(), null,
                        null, null);
            }

            @Override
            public LeaveEventDocument approved(LeaveRequestApproved approved) {
                return new LeaveEventDocument(eventId, APPROVED, actor, event.occurredAt(), approved.comment(), null,
                        null, null);
            }

            @Override
            public LeaveEventDocument rejected(LeaveRequestRejected rejected) {
                return new LeaveEventDocument(eventId, REJECTED, actor, event.occurredAt(), rejected.reason(), null,
                        null, null);
            }

            @Override
            public LeaveEventDocument cancelled(LeaveRequestCancelled cancelled) {
                return new LeaveEventDocument(eventId, CANCELLED, actor, event.occurredAt(), cancelled.reason(),
                        cancelled.wasApproved(), null, null);
            }

            @Override
            public LeaveEventDocument reassigned(LeaveRequestReassigned reassigned) {
                return new LeaveEventDocument(eventId, REASSIGNED, actor, event.occurredAt(), null, null,
                        valueOf(reassigned.previousApproverId()), null);
            }

            @Override
            public LeaveEventDocument reminded(LeaveRequestReminded reminded) {
                return new LeaveEventDocument(eventId, REMINDED, actor, event.occurredAt(), null, null, null,
                        reminded.workingDaysWaited());
            }

            @Override
            public LeaveEventDocument escalated(LeaveRequestEscalated escalated) {
                return new LeaveEventDocument(eventId, ESCALATED, actor, event.occurredAt(), null, null,
                        valueOf(escalated.previousApproverId()), escalated.workingDaysWaited());
            }

            @Override
            public LeaveEventDocument startedUndecided(LeaveRequestStartedUndecided started) {
                return new LeaveEventDocument(eventId, STARTED_UNDECIDED, actor, event.occurredAt(), null, null, null,
                        null);
            }
        });
    }

    static LeaveEvent toDomain(LeaveEventDocument document, LeaveSummary summary) {
        EventId eventId = new EventId(document.eventId());
        EmployeeId actor = new EmployeeId(document.actorId());
        return switch (document.kind()) {
            case SUBMITTED -> new LeaveRequestSubmitted(eventId, summary, actor, document.occurredAt(), document.text());
            case APPROVED -> new LeaveRequestApproved(eventId, summary, actor, document.occurredAt(), document.text());
            case REJECTED -> new LeaveRequestRejected(eventId, summary, actor, document.occurredAt(), document.text());
            case CANCELLED -> new LeaveRequestCancelled(eventId, summary, actor, document.occurredAt(), document.text(),
                    Boolean.TRUE.equals(document.wasApproved()));
            case REASSIGNED -> new LeaveRequestReassigned(eventId, summary, actor, document.occurredAt(),
                    employeeId(document.previousApproverId()));
            case REMINDED -> new LeaveRequestReminded(eventId, summary, actor, document.occurredAt(),
                    document.workingDaysWaited());
            case ESCALATED -> new LeaveRequestEscalated(eventId, summary, actor, document.occurredAt(),
                    employeeId(document.previousApproverId()), document.workingDaysWaited());
            case STARTED_UNDECIDED -> new LeaveRequestStartedUndecided(eventId, summary, actor, document.occurredAt());
            default -> throw new IllegalStateException("Unknown kind of leave event in the store: " + document.kind());
        };
    }

    private static String valueOf(EmployeeId id) {
        return id == null ? null : id.value();
    }

    private static EmployeeId employeeId(String value) {
        return value == null ? null : new EmployeeId(value);
    }
}
