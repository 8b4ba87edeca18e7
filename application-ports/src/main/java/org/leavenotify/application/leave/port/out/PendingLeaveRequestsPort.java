package org.leavenotify.application.leave.port.out;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.leavenotify.domain.leave.LeaveRequest;
import org.leavenotify.domain.leave.LeaveRequestId;
import org.leavenotify.domain.organisation.EmployeeId;

/**
 * Finds pending requests across employees: those a change of the public holidays affects, those that may
 * be due a follow-up because they wait for their decision, those that wait for one decider. Implemented by the store that
 * keeps the leave requests ({@link LeaveRequestRepositoryPort}), so what it finds can be saved back
 * at the version it was read at.
 */
public interface PendingLeaveRequestsPort {

    /** Every PENDING request whose period includes {@code date}, of any employee. */
    List<LeaveRequest> findPendingCovering(LocalDate date);

    /**
     * The PENDING requests that may be due a follow-up ({@link LeaveRequest#followUp}): submitted before
     * {@code submittedBefore} and not escalated yet, or starting on or before {@code startingBy} and not
     * flagged as started undecided yet. In the order of their ids, from the one after {@code after}
     * ({@code null}: from the first), at most {@code limit}: a caller pages through all of them this way.
     */
    List<LeaveRequest> findPendingToFollowUp(Instant submittedBefore, LocalDate startingBy, LeaveRequestId after,
                                             int limit);

    /**
     * Every PENDING request that waits for {@code approver}'s decision ({@link LeaveRequest#approverId()}):
     * their reports' and those that went up to them.
     */
    List<LeaveRequest> findPendingWaitingFor(EmployeeId approver);
}
