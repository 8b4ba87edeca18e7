package org.leavenotify.domain.leave;

import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.shared.DomainRefusal;

/** Refused: only the requester's manager, or HR, decides a request. */
public class NotTheApprover extends DomainRefusal {

    public NotTheApprover(EmployeeId decider, LeaveRequestId request) {
        super(Kind.NOT_ALLOWED, "only the requester's manager or HR may decide leave request " + request);
    }
}
