package org.leavenotify.domain.leave;

import org.leavenotify.domain.shared.DomainRefusal;

/** Refused: the request does not exist, or the caller may not see it. */
public class LeaveRequestNotFound extends DomainRefusal {

    public LeaveRequestNotFound(LeaveRequestId request) {
        super(Kind.NOT_FOUND, "no leave request " + request);
    }
}
