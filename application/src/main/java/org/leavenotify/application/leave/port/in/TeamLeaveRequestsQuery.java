package org.leavenotify.application.leave.port.in;

import java.util.List;
import java.util.Optional;

import org.leavenotify.domain.leave.EmployeeId;
import org.leavenotify.domain.leave.LeaveRequest;
import org.leavenotify.domain.leave.LeaveStatus;

/** A manager's view of their direct reports' requests, newest first, optionally of one status. */
public interface TeamLeaveRequestsQuery {

    /** Refused with {@code NotAManager} when the caller does not have the MANAGER role. */
    List<LeaveRequest> teamRequests(EmployeeId manager, Optional<LeaveStatus> status);
}
