package org.leavenotify.application.leave.port.in;

import java.util.List;
import java.util.Optional;

import org.leavenotify.domain.leave.LeaveRequest;
import org.leavenotify.domain.leave.LeaveStatus;
import org.leavenotify.domain.organisation.EmployeeId;

/** A manager's view of their direct reports' requests, newest first, optionally of one status. */
public interface TeamLeaveRequestsQuery {

    /**
     * The requests of the caller's direct reports. A manager is anyone with direct reports, whatever their
     * roles (../shared/CONTRACT.md, team view); refused with {@code NotAManager} only for someone with
     * neither reports nor the MANAGER role.
     */
    List<LeaveRequest> teamRequests(EmployeeId manager, Optional<LeaveStatus> status);
}
