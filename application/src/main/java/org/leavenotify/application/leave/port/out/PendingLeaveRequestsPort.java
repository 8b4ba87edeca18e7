package org.leavenotify.application.leave.port.out;

import java.time.LocalDate;
import java.util.List;

import org.leavenotify.domain.leave.LeaveRequest;

/**
 * Finds the pending requests a change of the public holidays affects. Implemented by the store that
 * keeps the leave requests ({@link LeaveRequestRepositoryPort}), so what it finds can be saved back
 * at the version it was read at.
 */
public interface PendingLeaveRequestsPort {

    /** Every PENDING request whose period includes {@code date}, of any employee. */
    List<LeaveRequest> findPendingCovering(LocalDate date);
}
