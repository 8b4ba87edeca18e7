package org.leavenotify.domain.leave;

import org.leavenotify.domain.shared.Require;

/** Identifies a leave request. */
public record LeaveRequestId(String value) {

    public LeaveRequestId {
        Require.text(value, "leave request id");
        Require.textUpTo(value, 64, "leave request id");
    }

    @Override
    public String toString() {
        return value;
    }
}
