package org.leavenotify.domain.notification;

/** What a notification is about; the name is part of the public contract. */
public enum NotificationType {
    /** To the manager: one of their reports asked for leave. */
    LEAVE_REQUEST_SUBMITTED,
    /** To the employee: their request was approved. */
    LEAVE_REQUEST_APPROVED,
    /** To the employee: their request was rejected, with the reason. */
    LEAVE_REQUEST_REJECTED,
    /** To the manager: one of their reports cancelled a request. */
    LEAVE_REQUEST_CANCELLED,
    /**
     * To the new approver: a pending request now waits for them, because HR moved the requester to
     * their team.
     */
    LEAVE_REQUEST_REASSIGNED,
    /**
     * To the decider (HR when the request has none): a pending request has waited the reminder's number of
     * working days for their decision.
     */
    LEAVE_REQUEST_REMINDER,
    /**
     * To the decider's own manager (HR when there is none), who may now decide it, and to the decider it
     * waited for before: a pending request waited the escalation's number of working days.
     */
    LEAVE_REQUEST_ESCALATED,
    /** To HR: the first day of a request came while it still waited for its decision. */
    LEAVE_REQUEST_STARTED_UNDECIDED,
    /**
     * To the employee, their previous manager and their new manager: HR changed who the employee
     * reports to. Not about one request: its {@code leaveRequestId} is {@code null}.
     */
    MANAGER_CHANGED
}
