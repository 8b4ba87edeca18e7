package org.leavenotify.adapter.memory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

import org.leavenotify.application.leave.LeaveLedger;
import org.leavenotify.application.leave.port.out.LeaveLedgerPort;
import org.leavenotify.application.shared.ConcurrentUpdate;
import org.leavenotify.domain.leave.LeaveRequest;
import org.leavenotify.domain.leave.LeaveRequestId;
import org.leavenotify.domain.leave.WorkingDays;
import org.leavenotify.domain.organisation.EmployeeId;

/**
 * Leave ledgers in memory, with the same versioned writes as the real store. Bookings are kept as
 * private copies (a request object changes as it is decided; a booking is what was submitted).
 */
public final class InMemoryLeaveLedgers implements LeaveLedgerPort {

    private record Key(EmployeeId employee, int year) {
    }

    private final Map<Key, LeaveLedger> ledgers = new ConcurrentHashMap<>();

    @Override
    public LeaveLedger ledgerOf(EmployeeId employee, int year) {
        LeaveLedger stored = ledgers.get(new Key(employee, year));
        return stored == null ? LeaveLedger.empty(employee, year) : copy(stored);
    }

    @Override
    public void book(LeaveLedger read, LeaveRequest submitted) {
        writeIfUnchanged(read, stored -> {
            List<LeaveRequest> bookings = new ArrayList<>(stored.bookings());
            bookings.add(submitted.withVersion(submitted.version()));
            Set<LeaveRequestId> pending = new HashSet<>(stored.pending());
            pending.add(submitted.id());
            return new LeaveLedger(stored.employee(), stored.year(), stored.version() + 1, bookings, pending,
                    stored.allowance());
        });
    }

    @Override
    public void setAllowance(LeaveLedger read, WorkingDays allowance) {
        writeIfUnchanged(read, stored -> new LeaveLedger(stored.employee(), stored.year(), stored.version() + 1,
                stored.bookings(), stored.pending(), allowance));
    }

    /** Applies the change to the ledger as stored (empty if none) if it is still at the version read. */
    private void writeIfUnchanged(LeaveLedger read, UnaryOperator<LeaveLedger> change) {
        ledgers.compute(new Key(read.employee(), read.year()), (key, stored) -> {
            LeaveLedger current = stored != null ? stored : LeaveLedger.empty(key.employee(), key.year());
            if (current.version() != read.version()) {
                throw new ConcurrentUpdate("the leave ledger of " + key.employee() + " for " + key.year()
                        + " was changed since it was read");
            }
            return change.apply(current);
        });
    }

    @Override
    public void completed(EmployeeId employee, int year, LeaveRequestId request) {
        ledgers.computeIfPresent(new Key(employee, year), (key, stored) -> {
            if (!stored.pending().contains(request)) {
                return stored;
            }
            Set<LeaveRequestId> pending = new HashSet<>(stored.pending());
            pending.remove(request);
            return new LeaveLedger(key.employee(), key.year(), stored.version(), stored.bookings(), pending,
                    stored.allowance());
        });
    }

    @Override
    public List<LeaveLedger> ledgersOf(Collection<EmployeeId> employees) {
        Set<EmployeeId> wanted = new HashSet<>(employees);
        return ledgers.values().stream().filter(ledger -> wanted.contains(ledger.employee()))
                .map(InMemoryLeaveLedgers::copy).toList();
    }

    @Override
    public List<LeaveLedger> findWithPending(int limit) {
        return ledgers.values().stream().filter(ledger -> !ledger.pending().isEmpty()).limit(limit)
                .map(InMemoryLeaveLedgers::copy).toList();
    }

    private static LeaveLedger copy(LeaveLedger ledger) {
        return new LeaveLedger(ledger.employee(), ledger.year(), ledger.version(),
                ledger.bookings().stream().map(booking -> booking.withVersion(booking.version())).toList(),
                ledger.pending(), ledger.allowance());
    }
}
