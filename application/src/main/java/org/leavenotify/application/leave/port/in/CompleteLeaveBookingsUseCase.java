package org.leavenotify.application.leave.port.in;

/**
 * Stores the requests whose booking a crash left pending in a leave ledger (see
 * {@link org.leavenotify.application.leave.port.out.LeaveLedgerPort}), for the recovery sweep.
 */
public interface CompleteLeaveBookingsUseCase {

    /** Completes the pending bookings of at most {@code limit} ledgers; returns how many requests it stored. */
    int completePending(int limit);
}
