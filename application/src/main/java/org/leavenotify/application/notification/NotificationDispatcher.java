package org.leavenotify.application.notification;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.leavenotify.application.leave.port.out.EmployeeDirectoryPort;
import org.leavenotify.application.leave.port.out.LeaveRequestRepositoryPort;
import org.leavenotify.application.notification.port.in.DispatchNotificationsUseCase;
import org.leavenotify.application.notification.port.out.NotificationStorePort;
import org.leavenotify.application.notification.port.out.PresencePort;
import org.leavenotify.application.notification.port.out.PushNotificationPort;
import org.leavenotify.application.shared.port.out.IdGeneratorPort;
import org.leavenotify.domain.leave.Employee;
import org.leavenotify.domain.leave.LeaveEvent;
import org.leavenotify.domain.leave.LeaveRequest;
import org.leavenotify.domain.leave.LeaveRequestId;
import org.leavenotify.domain.notification.Notification;
import org.leavenotify.domain.notification.NotificationDraft;
import org.leavenotify.domain.notification.NotificationId;
import org.leavenotify.domain.notification.NotificationPolicy;
import org.leavenotify.domain.organisation.OrganisationEvent;
import org.leavenotify.domain.shared.EventId;

/**
 * The outbox dispatcher: for each undispatched event of a request it stores the notifications the
 * policy asks for (store first, always), removes the event from the outbox, then pushes to recipients
 * who are online. A crash anywhere leaves the event in the outbox; running again stores nothing twice
 * (the dedup key) and pushes the same ids again, which clients drop as duplicates.
 */
public final class NotificationDispatcher implements DispatchNotificationsUseCase {

    private static final System.Logger LOG = System.getLogger(NotificationDispatcher.class.getName());
    private static final int LOCK_STRIPES = 256;

    private final LeaveRequestRepositoryPort requests;
    private final NotificationStorePort store;
    private final NotificationPusher pusher;
    private final IdGeneratorPort ids;
    private final NotificationPolicy policy;
    private final Object[] recipientLocks = new Object[LOCK_STRIPES];

    public NotificationDispatcher(LeaveRequestRepositoryPort requests, EmployeeDirectoryPort directory,
                                  NotificationStorePort store, PresencePort presence, PushNotificationPort push,
                                  IdGeneratorPort ids) {
        this.requests = requests;
        this.store = store;
        this.pusher = new NotificationPusher(store, presence, push);
        this.ids = ids;
        this.policy = new NotificationPolicy(employee -> directory.findById(employee)
                .map(Employee::displayName)
                .orElse(employee.value()));
        for (int i = 0; i < LOCK_STRIPES; i++) {
            recipientLocks[i] = new Object();
        }
    }

    @Override
    public void dispatch(LeaveRequestId requestId) {
        LeaveRequest request = requests.findById(requestId).orElse(null);
        if (request == null || request.undispatchedEvents().isEmpty()) {
            return;
        }
        List<Notification> stored = new ArrayList<>();
        Set<EventId> dispatched = new HashSet<>();
        for (LeaveEvent event : request.undispatchedEvents()) {
            for (NotificationDraft draft : policy.draftsFor(event)) {
                stored.add(storeInOrder(draft));
            }
            dispatched.add(event.eventId());
        }
        requests.markDispatched(requestId, dispatched);
        stored.forEach(pusher::pushIfOnline);
    }

    /**
     * Stores the notifications about a change HR made to the organisation (each recipient's in id order,
     * as for leave events), then pushes them to recipients who are online. Running it again for the same
     * event stores nothing twice.
     */
    public void notifyAbout(OrganisationEvent event) {
        List<Notification> stored = new ArrayList<>();
        for (NotificationDraft draft : policy.draftsFor(event)) {
            stored.add(storeInOrder(draft));
        }
        stored.forEach(pusher::pushIfOnline);
    }

    @Override
    public int dispatchPending(int limit) {
        int dispatched = 0;
        for (LeaveRequestId id : requests.findWithUndispatchedEvents(limit)) {
            try {
                dispatch(id);
                dispatched++;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Dispatching the outbox of leave request " + id + " failed; it stays for the next sweep", e);
            }
        }
        return dispatched;
    }

    /**
     * Gives the id and stores under one lock per recipient, so that each recipient's notifications are
     * stored in id order: a client reading {@code after} its newest id never misses an older one that
     * was still being written.
     */
    private Notification storeInOrder(NotificationDraft draft) {
        Object lock = recipientLocks[Math.floorMod(draft.recipientId().hashCode(), LOCK_STRIPES)];
        synchronized (lock) {
            return store.insertIfAbsent(draft.withId(new NotificationId(ids.nextId())));
        }
    }
}
