package org.leavenotify.application.administration;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.leavenotify.application.administration.port.in.CompleteOrganisationChangesUseCase;
import org.leavenotify.application.administration.port.out.OrganisationStorePort;
import org.leavenotify.application.leave.port.out.EmployeeDirectoryPort;
import org.leavenotify.application.leave.port.out.LeaveRequestRepositoryPort;
import org.leavenotify.application.notification.port.in.DispatchNotificationsUseCase;
import org.leavenotify.application.notification.port.in.NotifyOrganisationChangeUseCase;
import org.leavenotify.application.shared.Retry;
import org.leavenotify.application.shared.port.out.IdGeneratorPort;
import org.leavenotify.domain.leave.LeaveRequest;
import org.leavenotify.domain.leave.LeaveRequestId;
import org.leavenotify.domain.leave.LeaveStatus;
import org.leavenotify.domain.organisation.Employee;
import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.organisation.ManagerChanged;
import org.leavenotify.domain.organisation.OrganisationEvent;
import org.leavenotify.domain.shared.EventId;

/**
 * The organisation outbox dispatcher. For each event in an employee's outbox it
 * <ol>
 *   <li>moves the employee's PENDING requests to their manager as they are now (each request saved
 *       with its {@code LeaveRequestReassigned} event in its own outbox, then dispatched as any leave
 *       event, which tells the new approver);</li>
 *   <li>stores and pushes the notifications about the change itself;</li>
 *   <li>removes the event from the outbox.</li>
 * </ol>
 * A crash anywhere leaves the event in the outbox and the sweep runs it again: requests already with
 * their new approver are left alone (no second event), and notifications already stored are not stored
 * again (their key is event id and recipient). The target is the manager the employee has when this
 * runs, not the one the event names, so that a later move completed first is never undone by an
 * earlier one completed late.
 */
public final class OrganisationChangeDispatcher implements CompleteOrganisationChangesUseCase {

    private static final System.Logger LOG = System.getLogger(OrganisationChangeDispatcher.class.getName());

    private final OrganisationStorePort organisation;
    private final EmployeeDirectoryPort directory;
    private final LeaveRequestRepositoryPort requests;
    private final DispatchNotificationsUseCase leaveOutbox;
    private final NotifyOrganisationChangeUseCase notifications;
    private final IdGeneratorPort ids;
    private final Clock clock;

    public OrganisationChangeDispatcher(OrganisationStorePort organisation, EmployeeDirectoryPort directory,
                                        LeaveRequestRepositoryPort requests, DispatchNotificationsUseCase leaveOutbox,
                                        NotifyOrganisationChangeUseCase notifications, IdGeneratorPort ids, Clock clock) {
        this.organisation = organisation;
        this.directory = directory;
        this.requests = requests;
        this.leaveOutbox = leaveOutbox;
        this.notifications = notifications;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public void complete(EmployeeId employeeId) {
        List<OrganisationEvent> events = organisation.undispatchedEvents(employeeId);
        if (events.isEmpty()) {
            return;
        }
        Set<EventId> done = new HashSet<>();
        for (OrganisationEvent event : events) {
            if (event instanceof ManagerChanged changed) {
                moveWaitingRequests(changed);
            }
            notifications.notifyAbout(event);
            done.add(event.eventId());
        }
        organisation.markDispatched(employeeId, done);
    }

    @Override
    public int completePending(int limit) {
        int completed = 0;
        for (EmployeeId id : organisation.findWithUndispatchedEvents(limit)) {
            try {
                complete(id);
                completed++;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Completing the organisation changes of " + id + " failed; they stay for the "
                        + "next sweep", e);
            }
        }
        return completed;
    }

    private void moveWaitingRequests(ManagerChanged changed) {
        Employee employee = directory.findById(changed.employeeId()).orElse(null);
        if (employee == null) {
            return;
        }
        EmployeeId approver = employee.managerId();
        for (LeaveRequest request : requests.findByEmployees(List.of(employee.id()))) {
            if (request.status() == LeaveStatus.PENDING && !Objects.equals(request.approverId(), approver)) {
                if (reassign(request.id(), approver, changed.actorId())) {
                    dispatch(request.id());
                }
            }
        }
    }

    /** Reads again and saves at the version read, retrying when someone else saved in between. */
    private boolean reassign(LeaveRequestId id, EmployeeId approver, EmployeeId actor) {
        return Retry.onConcurrentUpdate(() -> {
            LeaveRequest request = requests.findById(id).orElse(null);
            if (request == null || request.status() != LeaveStatus.PENDING) {
                return false;
            }
            boolean moved = request.reassign(approver, actor, clock.instant(), new EventId(ids.nextId())).isPresent();
            if (moved) {
                requests.save(request);
            }
            return moved;
        });
    }

    private void dispatch(LeaveRequestId id) {
        try {
            leaveOutbox.dispatch(id);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Notifications for reassigned leave request " + id + " could not be dispatched now; "
                    + "the outbox sweep will retry", e);
        }
    }
}
