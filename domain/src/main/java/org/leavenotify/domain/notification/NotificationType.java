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
    LEAVE_REQUEST_CANCELLED
}
