package org.leavenotify.adapter.web.leave;

import jakarta.validation.constraints.Size;
import org.leavenotify.domain.leave.LeaveRequest;

/** The optional body of {@code POST /api/leave-requests/{id}/approve}. */
record ApproveLeaveRequestRequest(@Size(max = LeaveRequest.MAX_TEXT_LENGTH) String comment) {
}
