package org.leavenotify.application.leave;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.leavenotify.application.leave.port.in.ApproveLeaveRequestUseCase;
import org.leavenotify.application.leave.port.in.CancelLeaveRequestUseCase;
import org.leavenotify.application.leave.port.in.CompleteLeaveBookingsUseCase;
import org.leavenotify.application.leave.port.in.RejectLeaveRequestUseCase;
import org.leavenotify.application.leave.port.in.SubmitLeaveRequestUseCase;
import org.leavenotify.application.leave.port.out.EmployeeDirectoryPort;
import org.leavenotify.application.leave.port.out.HolidayCalendarPort;
import org.leavenotify.application.leave.port.out.LeaveAllowancePort;
import org.leavenotify.application.leave.port.out.LeaveLedgerPort;
import org.leavenotify.application.leave.port.out.LeaveRequestRepositoryPort;
import org.leavenotify.application.notification.port.in.DispatchNotificationsUseCase;
import org.leavenotify.application.shared.ConcurrentUpdate;
import org.leavenotify.application.shared.Retry;
import org.leavenotify.application.shared.port.out.IdGeneratorPort;
import org.leavenotify.domain.leave.EmployeeLeave;
import org.leavenotify.domain.leave.EmployeeNotFound;
import org.leavenotify.domain.leave.LeaveApplication;
import org.leavenotify.domain.leave.LeavePolicy;
import org.leavenotify.domain.leave.LeaveRequest;
import org.leavenotify.domain.leave.LeaveRequestId;
import org.leavenotify.domain.leave.LeaveRequestNotFound;
import org.leavenotify.domain.organisation.Employee;
import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.shared.EventId;

/**
 * The leave actions. Each one saves the request with the event it raised in a single write, then asks
 * the dispatcher to turn the event into notifications. If that fails the action still succeeds: the
 * event waits in the outbox for the recovery sweep.
 *
 * <p>A submission is decided in the employee's {@link LeaveLedger} of that year: the overlap and balance
 * checks read the ledger, and the booking is written only if the ledger has not changed since (see
 * {@link LeaveLedgerPort}); that write, not a lock, is what keeps two racing submissions from both being
 * accepted, on one node or many.
 */
public final class LeaveRequestService implements SubmitLeaveRequestUseCase, ApproveLeaveRequestUseCase,
        RejectLeaveRequestUseCase, CancelLeaveRequestUseCase, CompleteLeaveBookingsUseCase {

    private static final System.Logger LOG = System.getLogger(LeaveRequestService.class.getName());

    private final LeaveRequestRepositoryPort requests;
    private final LeaveLedgerPort ledgers;
    private final EmployeeDirectoryPort directory;
    private final HolidayCalendarPort calendars;
    private final LeaveAllowancePort allowances;
    private final DispatchNotificationsUseCase dispatcher;
    private final IdGeneratorPort ids;
    private final LeavePolicy policy;
    private final Clock clock;
    private final EmployeeLocks employeeLocks = new EmployeeLocks();

    public LeaveRequestService(LeaveRequestRepositoryPort requests, LeaveLedgerPort ledgers,
                               EmployeeDirectoryPort directory, HolidayCalendarPort calendars,
                               LeaveAllowancePort allowances, DispatchNotificationsUseCase dispatcher,
                               IdGeneratorPort ids, LeavePolicy policy, Clock clock) {
        this.requests = requests;
        this.ledgers = ledgers;
        this.directory = directory;
        this.calendars = calendars;
        this.allowances = allowances;
        this.dispatcher = dispatcher;
        this.ids = ids;
        this.policy = policy;
        this.clock = clock;
    }

    /**
     * Checks against the employee's ledger of that year and books the request there in one write
     * conditional on the ledger's version (read again and checked again if another booking got in first),
     * then stores the request and dispatches its event. The lock per employee only spares this node's
     * own submissions the retries; it guards nothing.
     */
    @Override
    public LeaveRequest submit(SubmitLeaveRequestCommand command) {
        Employee employee = activeEmployee(command.employee());
        int year = command.period().year();
        LeaveApplication application = new LeaveApplication(employee, command.type(), command.period(),
                command.reason());
        LeaveRequest booked = employeeLocks.withLock(employee.id(), () -> Retry.onConcurrentUpdate(() -> {
            LeaveLedger ledger = ledgers.ledgerOf(employee.id(), year);
            EmployeeLeave known = new EmployeeLeave(requestsOf(ledger), calendars.calendarFor(year),
                    ledger.allowanceOr(allowances.annualAllowance(employee.id(), year)), policy);
            LeaveRequest request = LeaveRequest.submit(new LeaveRequestId(ids.nextId()), newEventId(), application,
                    known, clock.instant());
            ledgers.book(ledger, request);
            return request;
        }));
        return dispatched(store(booked));
    }

    @Override
    public int completePending(int limit) {
        int stored = 0;
        for (LeaveLedger ledger : ledgers.findWithPending(limit)) {
            for (LeaveRequest booking : ledger.bookings()) {
                if (ledger.pending().contains(booking.id())) {
                    dispatched(store(booking));
                    stored++;
                }
            }
        }
        return stored;
    }

    /** The ledger's requests as they stand (see {@link LeaveLedger#asTheyStand}), its pending bookings stored now. */
    private List<LeaveRequest> requestsOf(LeaveLedger ledger) {
        List<LeaveRequest> stored = requests.findByIds(ledger.bookedIds());
        Set<LeaveRequestId> storedIds = new HashSet<>();
        stored.forEach(request -> storedIds.add(request.id()));
        for (LeaveRequest booking : ledger.bookings()) {
            if (!storedIds.contains(booking.id()) && ledger.pending().contains(booking.id())) {
                LOG.log(Level.INFO, "Storing leave request " + booking.id() + ", booked but not stored yet");
                store(booking);
            }
        }
        return ledger.asTheyStand(stored);
    }

    /**
     * Stores a booked request unless it is stored already (by whoever completed the booking first, as
     * booked), then marks the booking complete. Returns the request as stored.
     */
    private LeaveRequest store(LeaveRequest booking) {
        LeaveRequest stored;
        try {
            stored = requests.save(booking.withVersion(0));
        } catch (ConcurrentUpdate storedAlready) {
            stored = requests.findById(booking.id()).orElseThrow(() -> storedAlready);
        }
        ledgers.completed(booking.employeeId(), booking.period().year(), booking.id());
        return stored;
    }

    @Override
    public LeaveRequest approve(ApproveLeaveRequestCommand command) {
        LeaveRequest saved = Retry.onConcurrentUpdate(() -> {
            Decision decision = loadForDecision(command.approver(), command.request());
            decision.request().approve(decision.actor(), decision.requester(), command.comment(), clock.instant(),
                    newEventId());
            return requests.save(decision.request());
        });
        return dispatched(saved);
    }

    @Override
    public LeaveRequest reject(RejectLeaveRequestCommand command) {
        LeaveRequest saved = Retry.onConcurrentUpdate(() -> {
            Decision decision = loadForDecision(command.approver(), command.request());
            decision.request().reject(decision.actor(), decision.requester(), command.reason(), clock.instant(),
                    newEventId());
            return requests.save(decision.request());
        });
        return dispatched(saved);
    }

    @Override
    public LeaveRequest cancel(CancelLeaveRequestCommand command) {
        LeaveRequest saved = Retry.onConcurrentUpdate(() -> {
            Decision decision = loadForDecision(command.requester(), command.request());
            Instant now = clock.instant();
            decision.request().cancel(decision.actor(), command.reason(), now, policy, newEventId());
            return requests.save(decision.request());
        });
        return dispatched(saved);
    }

    private record Decision(LeaveRequest request, Employee actor, Employee requester) {
    }

    /** Loads the request and both people; a request the actor may not see does not exist for them. */
    private Decision loadForDecision(EmployeeId actorId, LeaveRequestId requestId) {
        Employee actor = activeEmployee(actorId);
        LeaveRequest request = requests.findById(requestId).orElseThrow(() -> new LeaveRequestNotFound(requestId));
        Employee requester = directory.findById(request.employeeId())
                .orElseThrow(() -> new LeaveRequestNotFound(requestId));
        if (!request.isVisibleTo(actor, requester)) {
            throw new LeaveRequestNotFound(requestId);
        }
        return new Decision(request, actor, requester);
    }

    private Employee activeEmployee(EmployeeId id) {
        return directory.findById(id).filter(Employee::active).orElseThrow(() -> new EmployeeNotFound(id));
    }

    private EventId newEventId() {
        return new EventId(ids.nextId());
    }

    private LeaveRequest dispatched(LeaveRequest saved) {
        try {
            dispatcher.dispatch(saved.id());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Notifications for leave request " + saved.id()
                    + " could not be dispatched now; the recovery sweep will retry", e);
        }
        return saved;
    }
}
