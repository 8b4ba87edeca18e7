package org.leavenotify.domain.leave;

import org.leavenotify.domain.shared.DomainRefusal;

/** Refused: only the requester cancels their request. */
public class NotTheRequester extends DomainRefusal {

    public NotTheRequester(LeaveRequestId request) {
        super(Kind.NOT_ALLOWED, "only the employee who asked may cancel leave request " + request);
    }
}
