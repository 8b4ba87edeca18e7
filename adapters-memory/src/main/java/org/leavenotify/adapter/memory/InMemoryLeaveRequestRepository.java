package org.leavenotify.adapter.memory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.leavenotify.application.leave.port.out.LeaveRequestRepositoryPort;
import org.leavenotify.application.leave.port.out.PendingLeaveRequestsPort;
import org.leavenotify.application.shared.ConcurrentUpdate;
import org.leavenotify.domain.leave.LeaveRequest;
import org.leavenotify.domain.leave.LeaveRequestId;
import org.leavenotify.domain.leave.LeaveStatus;
import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.shared.EventId;

/**
 * Leave requests in memory, with the same optimistic versioning as the real store. Requests are kept as
 * private copies so that a caller changing its object changes nothing until it saves.
 */
public final class InMemoryLeaveRequestRepository implements LeaveRequestRepositoryPort, PendingLeaveRequestsPort {

    private static final Comparator<LeaveRequest> NEWEST_FIRST = Comparator.comparing(LeaveRequest::createdAt)
            .thenComparing(request -> request.id().value()).reversed();

    private final Map<LeaveRequestId, LeaveRequest> requests = new ConcurrentHashMap<>();
    /**
     * The ids of each employee's requests, so that an employee's requests are found without reading
     * everyone's (the overlap check of every submission asks for them; the load benchmark showed a scan
     * of all requests there taking most of the server's time after a few minutes).
     */
    private final Map<EmployeeId, Set<LeaveRequestId>> byEmployee = new ConcurrentHashMap<>();

    @Override
    public LeaveRequest save(LeaveRequest request) {
        LeaveRequest[] saved = new LeaveRequest[1];
        requests.compute(request.id(), (id, stored) -> {
            if (stored == null ? request.version() != 0 : stored.version() != request.version()) {
                throw new ConcurrentUpdate("leave request " + id + " was changed since it was read");
            }
            saved[0] = request.withVersion(request.version() + 1);
            return saved[0];
        });
        byEmployee.computeIfAbsent(request.employeeId(), employee -> ConcurrentHashMap.newKeySet()).add(request.id());
        return copy(saved[0]);
    }

    @Override
    public Optional<LeaveRequest> findById(LeaveRequestId id) {
        return Optional.ofNullable(requests.get(id)).map(InMemoryLeaveRequestRepository::copy);
    }

    @Override
    public List<LeaveRequest> findByIds(Collection<LeaveRequestId> ids) {
        return new HashSet<>(ids).stream()
                .map(requests::get)
                .filter(Objects::nonNull)
                .map(InMemoryLeaveRequestRepository::copy)
                .toList();
    }

    @Override
    public List<LeaveRequest> findByEmployees(Collection<EmployeeId> employees) {
        return new HashSet<>(employees).stream()
                .flatMap(employee -> byEmployee.getOrDefault(employee, Set.of()).stream())
                .map(requests::get)
                .filter(Objects::nonNull)
                .sorted(NEWEST_FIRST)
                .map(InMemoryLeaveRequestRepository::copy)
                .toList();
    }

    @Override
    public List<LeaveRequest> findPendingCovering(LocalDate date) {
        return requests.values().stream()
                .filter(request -> request.status() == LeaveStatus.PENDING)
                .filter(request -> !date.isBefore(request.period().start()) && !date.isAfter(request.period().end()))
                .sorted(NEWEST_FIRST)
                .map(InMemoryLeaveRequestRepository::copy)
                .toList();
    }

    @Override
    public List<LeaveRequest> findPendingToFollowUp(Instant submittedBefore, LocalDate startingBy,
                                                    LeaveRequestId after, int limit) {
        return requests.values().stream()
                .filter(request -> request.status() == LeaveStatus.PENDING)
                .filter(request -> after == null || request.id().value().compareTo(after.value()) > 0)
                .filter(request -> (request.createdAt().isBefore(submittedBefore)
                        && request.followUps().escalatedAt() == null)
                        || (!request.period().start().isAfter(startingBy)
                        && request.followUps().startedUndecidedAt() == null))
                .sorted(Comparator.comparing(request -> request.id().value()))
                .limit(limit)
                .map(InMemoryLeaveRequestRepository::copy)
                .toList();
    }

    @Override
    public List<LeaveRequest> findPendingWaitingFor(EmployeeId approver) {
        return requests.values().stream()
                .filter(request -> request.status() == LeaveStatus.PENDING)
                .filter(request -> approver.equals(request.approverId()))
                .sorted(NEWEST_FIRST)
                .map(InMemoryLeaveRequestRepository::copy)
                .toList();
    }

    @Override
    public List<LeaveRequestId> findWithUndispatchedEvents(int limit) {
        return requests.values().stream()
                .filter(request -> !request.undispatchedEvents().isEmpty())
                .sorted(NEWEST_FIRST.reversed())
                .limit(limit)
                .map(LeaveRequest::id)
                .toList();
    }

    @Override
    public void markDispatched(LeaveRequestId id, Set<EventId> eventIds) {
        requests.computeIfPresent(id, (key, stored) -> {
            boolean holdsAny = stored.undispatchedEvents().stream().anyMatch(event -> eventIds.contains(event.eventId()));
            if (!holdsAny) {
                return stored;
            }
            LeaveRequest changed = copy(stored);
            changed.markDispatched(eventIds);
            return changed.withVersion(stored.version() + 1);
        });
    }

    private static LeaveRequest copy(LeaveRequest request) {
        return request.withVersion(request.version());
    }
}
