package org.leavenotify.application.leave.port.in;

import org.leavenotify.domain.leave.LeaveRequest;
import org.leavenotify.domain.leave.LeaveRequestId;
import org.leavenotify.domain.leave.RejectionNeedsReason;
import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.shared.Require;

/** The requester's manager (or HR) rejects a pending request with a reason; the employee is told why. */
public interface RejectLeaveRequestUseCase {

    LeaveRequest reject(RejectLeaveRequestCommand command);

    record RejectLeaveRequestCommand(EmployeeId approver, LeaveRequestId request, String reason) {

        public RejectLeaveRequestCommand {
            Require.present(approver, "approver");
            Require.present(request, "leave request");
            if (reason == null || reason.isBlank()) {
                throw new RejectionNeedsReason();
            }
            Require.textUpTo(reason, LeaveRequest.MAX_TEXT_LENGTH, "reason");
        }
    }
}
