package org.leavenotify.domain.leave;

import java.time.LocalDate;

import org.leavenotify.domain.shared.DomainRefusal;

/** Refused: leave cannot start in the past (sick leave may be backdated a few days). */
public class LeaveStartsInThePast extends DomainRefusal {

    public LeaveStartsInThePast(LocalDate start, LocalDate earliest) {
        super(Kind.BUSINESS_RULE, "leave cannot start on " + start + "; the earliest allowed start is " + earliest);
    }
}
