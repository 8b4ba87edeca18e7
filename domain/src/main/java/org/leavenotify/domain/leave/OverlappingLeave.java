package org.leavenotify.domain.leave;

import java.util.Locale;

import org.leavenotify.domain.shared.DomainRefusal;

/**
 * Refused: an employee cannot hold two pending or approved requests on the same day. The message names the
 * other request the way its owner knows it (its state, type and days), never by its id.
 */
public class OverlappingLeave extends DomainRefusal {

    private final LeaveRequestId other;

    public OverlappingLeave(LeavePeriod period, LeaveRequestId other, LeaveStatus otherStatus, LeaveType otherType,
                            LeavePeriod otherPeriod) {
        super(Kind.BUSINESS_RULE, "the period " + period + " overlaps your " + otherStatus.name().toLowerCase(Locale.ROOT)
                + " " + otherType.name().toLowerCase(Locale.ROOT) + " leave " + (otherPeriod.start().equals(otherPeriod.end())
                ? "on " : "from ") + otherPeriod);
        this.other = other;
    }

    /** The request it overlaps (for a client that links to it). */
    public LeaveRequestId other() {
        return other;
    }
}
