package org.leavenotify.domain.leave;

/** Where a leave request is in its life: PENDING, then exactly one of the three final states. */
public enum LeaveStatus {
    PENDING,
    APPROVED,
    REJECTED,
    CANCELLED;

    /** PENDING and APPROVED requests hold their days: they overlap others and use the balance. */
    public boolean holdsDays() {
        return this == PENDING || this == APPROVED;
    }
}
