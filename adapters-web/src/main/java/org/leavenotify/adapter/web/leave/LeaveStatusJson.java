package org.leavenotify.adapter.web.leave;

import org.leavenotify.domain.leave.LeaveStatus;

/** Leave request statuses as the API spells them. */
enum LeaveStatusJson {
    PENDING, APPROVED, REJECTED, CANCELLED;

    static LeaveStatusJson of(LeaveStatus status) {
        return switch (status) {
            case PENDING -> PENDING;
            case APPROVED -> APPROVED;
            case REJECTED -> REJECTED;
            case CANCELLED -> CANCELLED;
        };
    }

    LeaveStatus toDomain() {
        return switch (this) {
            case PENDING -> LeaveStatus.PENDING;
            case APPROVED -> LeaveStatus.APPROVED;
            case REJECTED -> LeaveStatus.REJECTED;
            case CANCELLED -> LeaveStatus.CANCELLED;
        };
    }
}
