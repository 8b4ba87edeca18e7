package org.leavenotify.application.leave.port.in;

import java.util.List;

import org.leavenotify.domain.leave.EmployeeId;
import org.leavenotify.domain.leave.LeaveRequest;

/** An employee's own requests, newest first. */
public interface MyLeaveRequestsQuery {

    List<LeaveRequest> myRequests(EmployeeId employee);
}
