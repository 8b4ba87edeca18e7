package org.leavenotify.application.leave.port.in;

import org.leavenotify.domain.leave.EmployeeId;
import org.leavenotify.domain.leave.LeaveRequest;
import org.leavenotify.domain.leave.LeaveRequestId;

/**
 * One request, for its owner, their manager or HR. Anyone else is told it does not exist, so ids
 * cannot be probed.
 */
public interface ViewLeaveRequestQuery {

    LeaveRequest view(EmployeeId viewer, LeaveRequestId request);
}
