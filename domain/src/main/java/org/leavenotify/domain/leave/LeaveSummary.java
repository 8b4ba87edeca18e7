package org.leavenotify.domain.leave;

import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.shared.Require;

/**
 * What every leave event says about its request, so that a notification can be written without
 * loading anything else.
 *
 * @param approverId the requester's manager when the event happened, or {@code null} if they have none
 */
public record LeaveSummary(LeaveRequestId requestId, EmployeeId employeeId, EmployeeId approverId, LeaveType type,
                           LeavePeriod period, WorkingDays workingDays) {

    public LeaveSummary {
        Require.present(requestId, "leave request id");
        Require.present(employeeId, "employee id");
        Require.present(type, "leave type");
        Require.present(period, "period");
        Require.present(workingDays, "working days");
    }
}
