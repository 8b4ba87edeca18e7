package org.leavenotify.domain.leave;

import org.leavenotify.domain.shared.DomainRefusal;

/** Refused: nobody approves or rejects their own request. */
public class CannotDecideOwnRequest extends DomainRefusal {

    public CannotDecideOwnRequest(LeaveRequestId request) {
        super(Kind.NOT_ALLOWED, "you cannot approve or reject your own leave request " + request);
    }
}
