package org.leavenotify.application.leave.port.in;

import org.leavenotify.domain.leave.LeaveRequest;
import org.leavenotify.domain.leave.LeaveRequestId;
import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.shared.Require;

/**
 * The requester cancels a pending request, or approved leave that has not started; the manager is
 * notified and the days go back to the balance.
 */
public interface CancelLeaveRequestUseCase {

    LeaveRequest cancel(CancelLeaveRequestCommand command);

    record CancelLeaveRequestCommand(EmployeeId requester, LeaveRequestId request, String reason) {

        public CancelLeaveRequestCommand {
            Require.present(requester, "requester");
            Require.present(request, "leave request");
            Require.textUpTo(reason, LeaveRequest.MAX_TEXT_LENGTH, "reason");
        }
    }
}
