package org.leavenotify.domain.leave;

import org.leavenotify.domain.shared.DomainRefusal;

/** Refused: an employee cannot hold two pending or approved requests on the same day. */
public class OverlappingLeave extends DomainRefusal {

    public OverlappingLeave(LeavePeriod period, LeaveRequestId other) {
        super(Kind.BUSINESS_RULE, "the period " + period + " overlaps your leave request " + other);
    }
}
