package org.leavenotify.application.leave.port.in;

import org.leavenotify.domain.leave.LeaveRequest;
import org.leavenotify.domain.leave.LeaveRequestId;
import org.leavenotify.domain.organisation.EmployeeId;

/**
 * One request, for its owner, their manager or HR. Anyone else is told it does not exist, so ids
 * cannot be probed.
 */
public interface ViewLeaveRequestQuery {

    LeaveRequest view(EmployeeId viewer, LeaveRequestId request);
}
