package org.leavenotify.domain.leave;

import java.time.LocalDate;

import org.leavenotify.domain.shared.DomainRefusal;

/** Refused: allowances are yearly, so one request stays within one calendar year. */
public class LeavePeriodSpansTwoYears extends DomainRefusal {

    public LeavePeriodSpansTwoYears(LocalDate start, LocalDate end) {
        super(Kind.INVALID_INPUT, "a leave request cannot span two years (" + start + " to " + end + "); ask for each year separately");
    }
}
