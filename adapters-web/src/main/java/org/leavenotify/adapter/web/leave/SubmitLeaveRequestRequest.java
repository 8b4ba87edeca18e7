package org.leavenotify.adapter.web.leave;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.leavenotify.domain.leave.LeaveRequest;

/**
 * The body of {@code POST /api/leave-requests}. Both dates are inclusive; {@code halfDayStart} means the
 * first day starts at noon, {@code halfDayEnd} that the last day ends at noon.
 */
record SubmitLeaveRequestRequest(@NotNull LeaveTypeJson type,
                                 @Schema(example = "2026-11-26") @NotNull LocalDate startDate,
                                 @Schema(example = "2026-11-27") @NotNull LocalDate endDate,
                                 @Size(max = LeaveRequest.MAX_TEXT_LENGTH) String reason,
                                 @Schema(description = "the first day starts at noon", defaultValue = "false")
                                 Boolean halfDayStart,
                                 @Schema(description = "the last day ends at noon", defaultValue = "false")
                                 Boolean halfDayEnd) {
}
