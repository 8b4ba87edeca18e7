package org.leavenotify.application.leave.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.leavenotify.domain.leave.LeaveRequest;
import org.leavenotify.domain.leave.LeaveRequestId;
import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.shared.EventId;

/**
 * Stores leave requests together with their outbox of undispatched events, in one atomic write per
 * request (the target store has no multi-document transactions).
 */
public interface LeaveRequestRepositoryPort {

    /**
     * Inserts a new request (version 0) or replaces the stored one if it is still at the version it was
     * read at, and returns it at its new version. A lost update is refused with
     * {@link org.leavenotify.application.shared.ConcurrentUpdate}; so is inserting an id that exists.
     */
    LeaveRequest save(LeaveRequest request);

    Optional<LeaveRequest> findById(LeaveRequestId id);

    /** The requests with these ids that exist, in no particular order. */
    List<LeaveRequest> findByIds(Collection<LeaveRequestId> ids);

    /** Every request of these employees, newest first. */
    List<LeaveRequest> findByEmployees(Collection<EmployeeId> employees);

    /** Ids of requests whose outbox is not empty, oldest first, at most {@code limit}. */
    List<LeaveRequestId> findWithUndispatchedEvents(int limit);

    /**
     * Removes these events from the request's outbox in one atomic write and moves its version on.
     * Events already removed, or a request that does not exist, change nothing.
     */
    void markDispatched(LeaveRequestId id, Set<EventId> eventIds);
}
