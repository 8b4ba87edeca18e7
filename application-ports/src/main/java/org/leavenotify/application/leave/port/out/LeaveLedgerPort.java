package org.leavenotify.application.leave.port.out;

import java.util.Collection;
import java.util.List;

import org.leavenotify.application.leave.LeaveLedger;
import org.leavenotify.domain.leave.LeaveRequest;
import org.leavenotify.domain.leave.LeaveRequestId;
import org.leavenotify.domain.leave.WorkingDays;
import org.leavenotify.domain.organisation.EmployeeId;

/**
 * Each employee's {@link LeaveLedger} per year: the store-enforced guard of the overlap and balance
 * checks. A booking is written to the ledger first (the decision), then the request is stored (a copy
 * that can be made again from the booking), then the booking stops being pending; a process that dies
 * between leaves a pending booking that whoever reads the ledger next, or the recovery sweep, completes.
 */
public interface LeaveLedgerPort {

    /** The ledger as stored now; an empty one at version 0 if the employee has none for that year. */
    LeaveLedger ledgerOf(EmployeeId employee, int year);

    /**
     * Adds {@code submitted} as a pending booking in one write that succeeds only if the ledger is still
     * at the version {@code read} has; otherwise refused with
     * {@link org.leavenotify.application.shared.ConcurrentUpdate} and nothing changes.
     */
    void book(LeaveLedger read, LeaveRequest submitted);

    /**
     * Records the annual allowance HR set for the ledger's employee and year, in one write that succeeds
     * only if the ledger is still at the version {@code read} has (else
     * {@link org.leavenotify.application.shared.ConcurrentUpdate}, nothing changed).
     */
    void setAllowance(LeaveLedger read, WorkingDays allowance);

    /** The booked request is stored: it is no longer pending. Doing it again changes nothing. */
    void completed(EmployeeId employee, int year, LeaveRequestId request);

    /** Every ledger of these employees, every year, in no particular order: what their requests are. */
    List<LeaveLedger> ledgersOf(Collection<EmployeeId> employees);

    /** Ledgers that have pending bookings, at most {@code limit}. */
    List<LeaveLedger> findWithPending(int limit);
}
