package org.leavenotify.application.leave;

import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.leavenotify.application.leave.port.in.EmployeeNamesQuery;
import org.leavenotify.application.leave.port.in.MyLeaveBalancesQuery;
import org.leavenotify.application.leave.port.in.MyLeaveRequestsQuery;
import org.leavenotify.application.leave.port.in.TeamLeaveRequestsQuery;
import org.leavenotify.application.leave.port.in.ViewLeaveRequestQuery;
import org.leavenotify.application.leave.port.out.EmployeeDirectoryPort;
import org.leavenotify.application.leave.port.out.LeaveAllowancePort;
import org.leavenotify.application.leave.port.out.LeaveLedgerPort;
import org.leavenotify.application.leave.port.out.LeaveRequestRepositoryPort;
import org.leavenotify.application.leave.port.out.PendingLeaveRequestsPort;
import org.leavenotify.domain.leave.EmployeeNotFound;
import org.leavenotify.domain.leave.LeaveBalance;
import org.leavenotify.domain.leave.LeavePolicy;
import org.leavenotify.domain.leave.LeaveRequest;
import org.leavenotify.domain.leave.LeaveRequestId;
import org.leavenotify.domain.leave.LeaveRequestNotFound;
import org.leavenotify.domain.leave.LeaveStatus;
import org.leavenotify.domain.leave.LeaveType;
import org.leavenotify.domain.leave.NotAManager;
import org.leavenotify.domain.organisation.Employee;
import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.organisation.Role;

/** Reading leave requests and balances, each caller seeing only what they may see. */
public final class LeaveQueryService
        implements MyLeaveRequestsQuery, TeamLeaveRequestsQuery, ViewLeaveRequestQuery, MyLeaveBalancesQuery,
        EmployeeNamesQuery {

    /** Newest first: by creation time, then by id (ids sort in creation order). */
    public static final Comparator<LeaveRequest> NEWEST_FIRST = Comparator.comparing(LeaveRequest::createdAt)
            .thenComparing(request -> request.id().value())
            .reversed();

    private final LeaveRequestRepositoryPort requests;
    private final PendingLeaveRequestsPort pending;
    private final LeaveLedgerPort ledgers;
    private final EmployeeDirectoryPort directory;
    private final LeaveAllowancePort allowances;
    private final LeavePolicy policy;
    private final Clock clock;

    public LeaveQueryService(LeaveRequestRepositoryPort requests, PendingLeaveRequestsPort pending,
                             LeaveLedgerPort ledgers, EmployeeDirectoryPort directory, LeaveAllowancePort allowances,
                             LeavePolicy policy, Clock clock) {
        this.requests = requests;
        this.pending = pending;
        this.ledgers = ledgers;
        this.directory = directory;
        this.allowances = allowances;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public List<LeaveRequest> myRequests(EmployeeId employee) {
        return requestsOf(List.of(employee)).stream().sorted(NEWEST_FIRST).toList();
    }

    /**
     * The requests of these employees as they stand, found through their ledgers: every look-up is by id,
     * so listing never scans the requests.
     */
    private List<LeaveRequest> requestsOf(List<EmployeeId> employees) {
        List<LeaveLedger> found = ledgers.ledgersOf(employees);
        List<LeaveRequest> stored = requests.findByIds(found.stream().flatMap(ledger -> ledger.bookedIds().stream())
                .toList());
        return found.stream().flatMap(ledger -> ledger.asTheyStand(stored).stream()).toList();
    }

    /**
     * The requests of the manager's direct reports, and the pending ones of others that went up to them
     * because they waited too long for their decider.
     */
    @Override
    public List<LeaveRequest> teamRequests(EmployeeId managerId, Optional<LeaveStatus> status) {
        Employee manager = directory.findById(managerId).filter(Employee::active)
                .orElseThrow(() -> new EmployeeNotFound(managerId));
        // a manager is anyone with direct reports, whatever their roles (the reporting line decides who is
        // notified and who decides, so it decides who sees the team too), anyone with the MANAGER role, or
        // anyone a request went up to
        List<EmployeeId> reports = directory.findReportsOf(managerId).stream().map(Employee::id).toList();
        Map<LeaveRequestId, LeaveRequest> found = new LinkedHashMap<>();
        requestsOf(reports).forEach(request -> found.put(request.id(), request));
        if (status.map(wanted -> wanted == LeaveStatus.PENDING).orElse(true)) {
            pending.findPendingWaitingFor(managerId).forEach(request -> found.putIfAbsent(request.id(), request));
        }
        if (found.isEmpty() && reports.isEmpty() && !manager.hasRole(Role.MANAGER)) {
            throw new NotAManager(managerId);
        }
        return found.values().stream()
                .filter(request -> status.map(wanted -> request.status() == wanted).orElse(true))
                .sorted(NEWEST_FIRST)
                .toList();
    }

    @Override
    public LeaveRequest view(EmployeeId viewerId, LeaveRequestId requestId) {
        Employee viewer = directory.findById(viewerId).filter(Employee::active)
                .orElseThrow(() -> new LeaveRequestNotFound(requestId));
        LeaveRequest request = requests.findById(requestId).orElseThrow(() -> new LeaveRequestNotFound(requestId));
        Employee requester = directory.findById(request.employeeId())
                .orElseThrow(() -> new LeaveRequestNotFound(requestId));
        if (!request.isVisibleTo(viewer, requester)) {
            throw new LeaveRequestNotFound(requestId);
        }
        return request;
    }

    /** From the employee's ledger of that year and its requests, read by id: what submissions are checked against. */
    @Override
    public List<LeaveBalance> myBalances(EmployeeId employee, int year) {
        LeaveLedger ledger = ledgers.ledgerOf(employee, year);
        List<LeaveRequest> mine = ledger.asTheyStand(requests.findByIds(ledger.bookedIds()));
        return Arrays.stream(LeaveType.values())
                .map(type -> LeaveBalance.of(employee, type, year,
                        type.countsAgainstAllowance() ? ledger.allowanceOr(allowances.annualAllowance(employee, year))
                                : null, mine))
                .toList();
    }

    @Override
    public List<LeaveBalance> myBalances(EmployeeId employee) {
        return myBalances(employee, policy.today(clock.instant()).getYear());
    }

    @Override
    public Map<EmployeeId, String> displayNames(Collection<EmployeeId> employees) {
        Map<EmployeeId, String> names = new LinkedHashMap<>();
        for (EmployeeId id : new LinkedHashSet<>(employees)) {
            if (id != null) {
                directory.findById(id).ifPresent(found -> names.put(id, found.displayName()));
            }
        }
        return names;
    }
}
