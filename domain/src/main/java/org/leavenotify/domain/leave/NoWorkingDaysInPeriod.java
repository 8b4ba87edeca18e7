package org.leavenotify.domain.leave;

import org.leavenotify.domain.shared.DomainRefusal;

/** Refused: a request must cover at least one working day. */
public class NoWorkingDaysInPeriod extends DomainRefusal {

    public NoWorkingDaysInPeriod(LeavePeriod period) {
        super(Kind.BUSINESS_RULE, "the period " + period + " covers no working day");
    }
}
