package org.leavenotify.domain.leave;

import org.leavenotify.domain.shared.DomainRefusal;

/** Refused: approved leave that has started cannot be cancelled. */
public class LeaveAlreadyStarted extends DomainRefusal {

    public LeaveAlreadyStarted(LeaveRequestId request) {
        super(Kind.STATE_CONFLICT, "approved leave " + request + " has already started and can no longer be cancelled");
    }
}
