package org.leavenotify.application.leave;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.leavenotify.domain.leave.LeaveRequest;
import org.leavenotify.domain.leave.LeaveRequestId;
import org.leavenotify.domain.leave.WorkingDays;
import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.shared.Require;

/**
 * One employee's leave in one calendar year as the store keeps it for deciding new requests: every
 * request of that year as it was submitted ({@code bookings}, oldest first), which of them may not be
 * stored as requests yet ({@code pending}), and the version every change of the ledger moves on.
 *
 * <p>A new request is accepted by one write of the ledger conditional on the version its checks read,
 * so two submissions racing on any number of nodes cannot both pass the overlap and balance checks: the
 * second one's write finds the version moved, reads again and is checked against the first.
 *
 * <p>When HR has changed the employee's annual allowance for the year, the ledger holds it too
 * ({@code allowance}), written by a versioned write like a booking: a submission and an allowance change
 * racing are decided one after the other, never both against the old state.
 *
 * @param version   0 for a ledger never written
 * @param allowance the annual allowance HR set through the ledger, or null (then the allowance store's)
 */
public record LeaveLedger(EmployeeId employee, int year, long version, List<LeaveRequest> bookings,
                          Set<LeaveRequestId> pending, WorkingDays allowance) {

    public LeaveLedger {
        Require.present(employee, "employee");
        bookings = List.copyOf(Require.present(bookings, "bookings"));
        pending = Set.copyOf(Require.present(pending, "pending"));
    }

    public static LeaveLedger empty(EmployeeId employee, int year) {
        return new LeaveLedger(employee, year, 0, List.of(), Set.of(), null);
    }

    /** The annual allowance that applies: the ledger's if HR set it through the ledger, else {@code stored}. */
    public WorkingDays allowanceOr(WorkingDays stored) {
        return allowance != null ? allowance : stored;
    }

    public List<LeaveRequestId> bookedIds() {
        return bookings.stream().map(LeaveRequest::id).toList();
    }

    /**
     * The ledger's requests as they stand, given those of them that are stored: each stored one as stored
     * (it may have been decided or cancelled since it was booked), each other one as booked (pending, so
     * holding its days).
     */
    public List<LeaveRequest> asTheyStand(Collection<LeaveRequest> stored) {
        Map<LeaveRequestId, LeaveRequest> byId = new HashMap<>();
        stored.forEach(request -> byId.put(request.id(), request));
        return bookings.stream().map(booking -> byId.getOrDefault(booking.id(), booking)).toList();
    }
}
