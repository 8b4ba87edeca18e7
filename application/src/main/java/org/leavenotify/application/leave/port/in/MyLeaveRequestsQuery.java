package org.leavenotify.application.leave.port.in;

import java.util.List;

import org.leavenotify.domain.leave.LeaveRequest;
import org.leavenotify.domain.organisation.EmployeeId;

/** An employee's own requests, newest first. */
public interface MyLeaveRequestsQuery {

    List<LeaveRequest> myRequests(EmployeeId employee);
}
