package org.leavenotify.adapter.web.notification;

import org.leavenotify.domain.notification.NotificationType;

/** Notification types as the API spells them (CONTRACT.md). */
enum NotificationTypeJson {
    LEAVE_REQUEST_SUBMITTED, LEAVE_REQUEST_APPROVED, LEAVE_REQUEST_REJECTED, LEAVE_REQUEST_CANCELLED,
    LEAVE_REQUEST_REASSIGNED, LEAVE_REQUEST_REMINDER, LEAVE_REQUEST_ESCALATED, LEAVE_REQUEST_STARTED_UNDECIDED,
    MANAGER_CHANGED;

    static NotificationTypeJson of(NotificationType type) {
        return switch (type) {
            case LEAVE_REQUEST_SUBMITTED -> LEAVE_REQUEST_SUBMITTED;
            case LEAVE_REQUEST_APPROVED -> LEAVE_REQUEST_APPROVED;
            case LEAVE_REQUEST_REJECTED -> LEAVE_REQUEST_REJECTED;
            case LEAVE_REQUEST_CANCELLED -> LEAVE_REQUEST_CANCELLED;
            case LEAVE_REQUEST_REASSIGNED -> LEAVE_REQUEST_REASSIGNED;
            case LEAVE_REQUEST_REMINDER -> LEAVE_REQUEST_REMINDER;
            case LEAVE_REQUEST_ESCALATED -> LEAVE_REQUEST_ESCALATED;
            case LEAVE_REQUEST_STARTED_UNDECIDED -> LEAVE_REQUEST_STARTED_UNDECIDED;
            case MANAGER_CHANGED -> MANAGER_CHANGED;
        };
    }
}
