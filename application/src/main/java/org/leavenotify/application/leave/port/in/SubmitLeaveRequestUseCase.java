package org.leavenotify.application.leave.port.in;

import java.time.LocalDate;

import org.leavenotify.domain.leave.LeavePeriod;
import org.leavenotify.domain.leave.LeaveRequest;
import org.leavenotify.domain.leave.LeaveType;
import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.shared.Require;

/**
 * An employee asks for leave. The request is stored PENDING and the employee's manager is notified;
 * refused with a business reason when a leave rule is broken (nothing is stored then).
 */
public interface SubmitLeaveRequestUseCase {

    LeaveRequest submit(SubmitLeaveRequestCommand command);

    /** What the employee asks for; the dates make a valid period or the command is refused. */
    record SubmitLeaveRequestCommand(EmployeeId employee, LeaveType type, LeavePeriod period, String reason) {

        public SubmitLeaveRequestCommand {
            Require.present(employee, "employee");
            Require.present(type, "type");
            Require.present(period, "period");
            Require.textUpTo(reason, LeaveRequest.MAX_TEXT_LENGTH, "reason");
        }

        public SubmitLeaveRequestCommand(EmployeeId employee, LeaveType type, LocalDate start, LocalDate end,
                                         String reason) {
            this(employee, type, LeavePeriod.of(start, end), reason);
        }
    }
}
