package org.leavenotify.domain.leave;

/** The kinds of leave; only annual leave counts against a yearly allowance. */
public enum LeaveType {
    ANNUAL(true),
    SICK(false),
    UNPAID(false);

    private final boolean countsAgainstAllowance;

    LeaveType(boolean countsAgainstAllowance) {
        this.countsAgainstAllowance = countsAgainstAllowance;
    }

    public boolean countsAgainstAllowance() {
        return countsAgainstAllowance;
    }

    /** A reader's name for messages: "annual leave", "sick leave", "unpaid leave". */
    public String displayName() {
        return name().toLowerCase() + " leave";
    }
}
