package org.leavenotify.domain.leave;

import java.time.LocalDate;

import org.leavenotify.domain.shared.DomainRefusal;

/** Refused: a leave period must not end before it starts. */
public class LeavePeriodEndsBeforeItStarts extends DomainRefusal {

    public LeavePeriodEndsBeforeItStarts(LocalDate start, LocalDate end) {
        super(Kind.INVALID_INPUT, "the leave period ends (" + end + ") before it starts (" + start + ")");
    }
}
