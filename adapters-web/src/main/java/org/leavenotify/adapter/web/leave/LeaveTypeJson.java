package org.leavenotify.adapter.web.leave;

import org.leavenotify.domain.leave.LeaveType;

/** Leave types as the API spells them; mapped explicitly so a domain rename cannot change the API. */
enum LeaveTypeJson {
    ANNUAL, SICK, UNPAID;

    static LeaveTypeJson of(LeaveType type) {
        return switch (type) {
            case ANNUAL -> ANNUAL;
            case SICK -> SICK;
            case UNPAID -> UNPAID;
        };
    }

    LeaveType toDomain() {
        return switch (this) {
            case ANNUAL -> LeaveType.ANNUAL;
            case SICK -> LeaveType.SICK;
            case UNPAID -> LeaveType.UNPAID;
        };
    }
}
