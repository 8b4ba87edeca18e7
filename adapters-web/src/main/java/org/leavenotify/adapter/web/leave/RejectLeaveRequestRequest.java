package org.leavenotify.adapter.web.leave;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.leavenotify.domain.leave.LeaveRequest;

/** The body of {@code POST /api/leave-requests/{id}/reject}: the employee is told the reason. */
record RejectLeaveRequestRequest(@NotBlank @Size(max = LeaveRequest.MAX_TEXT_LENGTH) String reason) {
}
