package org.leavenotify.domain.leave;

import org.leavenotify.domain.shared.DomainRefusal;

/** Refused: the request has already been decided or cancelled. */
public class LeaveRequestNotPending extends DomainRefusal {

    public LeaveRequestNotPending(LeaveRequestId request, LeaveStatus status) {
        super(Kind.STATE_CONFLICT, "leave request " + request + " is already " + status);
    }
}
