package org.leavenotify.domain.leave;

import org.leavenotify.domain.shared.DomainRefusal;

/** Refused: the employee is always told why a request was rejected. */
public class RejectionNeedsReason extends DomainRefusal {

    public RejectionNeedsReason() {
        super(Kind.INVALID_INPUT, "a rejection needs a reason");
    }
}
