package org.leavenotify.application.leave.port.in;

import org.leavenotify.domain.leave.LeaveRequest;
import org.leavenotify.domain.leave.LeaveRequestId;
import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.shared.Require;

/** The requester's manager (or HR) approves a pending request; the employee is notified. */
public interface ApproveLeaveRequestUseCase {

    LeaveRequest approve(ApproveLeaveRequestCommand command);

    record ApproveLeaveRequestCommand(EmployeeId approver, LeaveRequestId request, String comment) {

        public ApproveLeaveRequestCommand {
            Require.present(approver, "approver");
            Require.present(request, "leave request");
            Require.textUpTo(comment, LeaveRequest.MAX_TEXT_LENGTH, "comment");
        }
    }
}
