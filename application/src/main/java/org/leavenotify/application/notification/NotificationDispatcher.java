package org.leavenotify.application.notification;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.leavenotify.application.leave.port.out.EmployeeDirectoryPort;
import org.leavenotify.application.leave.port.out.LeaveRequestRepositoryPort;
import org.leavenotify.application.notification.port.in.DispatchNotificationsUseCase;
import org.leavenotify.application.notification.port.in.NotifyOrganisationChangeUseCase;
import org.leavenotify.application.notification.port.out.NotificationStorePort;
import org.leavenotify.application.notification.port.out.OutboxClaimPort;
import org.leavenotify.application.notification.port.out.PresencePort;
import org.leavenotify.application.notification.port.out.PushNotificationPort;
import org.leavenotify.application.shared.port.out.IdGeneratorPort;
import org.leavenotify.domain.leave.LeaveEvent;
import org.leavenotify.domain.leave.LeaveRequest;
import org.leavenotify.domain.leave.LeaveRequestId;
import org.leavenotify.domain.notification.Notification;
import org.leavenotify.domain.notification.NotificationDraft;
import org.leavenotify.domain.notification.NotificationPolicy;
import org.leavenotify.domain.organisation.Employee;
import org.leavenotify.domain.organisation.OrganisationEvent;
import org.leavenotify.domain.organisation.Role;
import org.leavenotify.domain.shared.EventId;

/**
 * The outbox dispatcher: for each undispatched event of a request it stores the notifications the
 * policy asks for (store first, always), removes the event from the outbox, then pushes to recipients
 * who are online. A crash anywhere leaves the event in the outbox; running again stores nothing twice
 * (the dedup key) and pushes the same ids again, which clients drop as duplicates.
 *
 * <p>With an {@link OutboxClaimPort} several nodes may share one store: each dispatch of a request first
 * claims its outbox for a lease, so two nodes never dispatch the same events at once; a node that dies
 * holding a claim delays that outbox by at most the lease, after which another node's sweep finishes it.
 */
public final class NotificationDispatcher implements DispatchNotificationsUseCase, NotifyOrganisationChangeUseCase {

    private static final System.Logger LOG = System.getLogger(NotificationDispatcher.class.getName());
    private static final int MAX_CLAIM_ROUNDS = 3;

    /** Gives every claim at once: for a dispatcher that has its store to itself. */
    private static final OutboxClaimPort UNCLAIMED = new OutboxClaimPort() {
        @Override
        public boolean claim(LeaveRequestId request, String claimant, Instant now, Instant until) {
            return true;
        }

        @Override
        public void release(LeaveRequestId request, String claimant) {
        }
    };

    private final LeaveRequestRepositoryPort requests;
    private final NotificationStorePort store;
    private final NotificationPusher pusher;
    private final IdGeneratorPort ids;
    private final NotificationPolicy policy;
    private final OutboxClaimPort claims;
    private final Clock clock;
    private final Duration claimLease;
    private final StoredNotificationListener otherChannels;

    /** A dispatcher alone on its store: it claims nothing (one process, one dispatcher). */
    public NotificationDispatcher(LeaveRequestRepositoryPort requests, EmployeeDirectoryPort directory,
                                  NotificationStorePort store, PresencePort presence, PushNotificationPort push,
                                  IdGeneratorPort ids, Clock clock) {
        this(requests, directory, store, presence, push, ids, clock, StoredNotificationListener.NONE);
    }

    /** A dispatcher alone on its store, telling {@code otherChannels} (e-mail) of every notification it stores. */
    public NotificationDispatcher(LeaveRequestRepositoryPort requests, EmployeeDirectoryPort directory,
                                  NotificationStorePort store, PresencePort presence, PushNotificationPort push,
                                  IdGeneratorPort ids, Clock clock, StoredNotificationListener otherChannels) {
        this(requests, directory, store, presence, push, ids, UNCLAIMED, clock, Duration.ZERO, otherChannels);
    }

    /**
     * A dispatcher that may share its store with others: it claims each outbox for {@code claimLease}
     * (longer than a dispatch ever takes) before dispatching it.
     */
    public NotificationDispatcher(LeaveRequestRepositoryPort requests, EmployeeDirectoryPort directory,
                                  NotificationStorePort store, PresencePort presence, PushNotificationPort push,
                                  IdGeneratorPort ids, OutboxClaimPort claims, Clock clock, Duration claimLease) {
        this(requests, directory, store, presence, push, ids, claims, clock, claimLease, StoredNotificationListener.NONE);
    }

    /**
     * As above, telling {@code otherChannels} (e-mail) of every notification it stores, before it clears the
     * event from the outbox.
     */
    public NotificationDispatcher(LeaveRequestRepositoryPort requests, EmployeeDirectoryPort directory,
                                  NotificationStorePort store, PresencePort presence, PushNotificationPort push,
                                  IdGeneratorPort ids, OutboxClaimPort claims, Clock clock, Duration claimLease,
                                  StoredNotificationListener otherChannels) {
        this.otherChannels = otherChannels;
        this.claims = claims;
        this.clock = clock;
        this.claimLease = claimLease;
        this.requests = requests;
        this.store = store;
        this.pusher = new NotificationPusher(store, presence, push);
        this.ids = ids;
        this.policy = new NotificationPolicy(employee -> directory.findById(employee)
                .map(Employee::displayName)
                .orElse(employee.value()),
                () -> directory.findActiveWithRole(Role.HR_ADMIN).stream().map(Employee::id).toList());
    }

    @Override
    public void dispatch(LeaveRequestId requestId) {
        dispatchIfClaimed(requestId);
    }

    /**
     * Claims the outbox, dispatches it and releases it; returns whether this dispatcher dispatched any
     * event (false if the outbox was empty or another dispatcher held it). An event added while this one
     * held the claim may have been skipped by the dispatcher of that change (refused the claim), so after
     * releasing this one looks again and takes another round if the outbox is not empty.
     */
    private boolean dispatchIfClaimed(LeaveRequestId requestId) {
        if (claims == UNCLAIMED) {
            return dispatchOutbox(requestId);
        }
        boolean dispatched = false;
        for (int round = 0; round < MAX_CLAIM_ROUNDS; round++) {
            String claimant = ids.nextId();
            Instant now = clock.instant();
            if (!claims.claim(requestId, claimant, now, now.plus(claimLease))) {
                return dispatched;
            }
            try {
                dispatched |= dispatchOutbox(requestId);
            } finally {
                release(requestId, claimant);
            }
            if (requests.findById(requestId).map(request -> request.undispatchedEvents().isEmpty()).orElse(true)) {
                return dispatched;
            }
        }
        return dispatched;
    }

    /** A release that fails leaves the claim to expire at the end of its lease. */
    private void release(LeaveRequestId requestId, String claimant) {
        try {
            claims.release(requestId, claimant);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Releasing the outbox claim on leave request " + requestId
                    + " failed; it ends with its lease", e);
        }
    }

    private boolean dispatchOutbox(LeaveRequestId requestId) {
        LeaveRequest request = requests.findById(requestId).orElse(null);
        if (request == null || request.undispatchedEvents().isEmpty()) {
            return false;
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
        LOG.log(Level.DEBUG, () -> "Dispatched " + dispatched.size() + " event(s) of leave request " + requestId
                + " as " + stored.size() + " notification(s)");
        return true;
    }

    /**
     * Stores the notifications about a change HR made to the organisation (each appended to its recipient's feed,
     * as for leave events), then pushes them to recipients who are online. Running it again for the same
     * event stores nothing twice.
     */
    @Override
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
                if (dispatchIfClaimed(id)) {
                    dispatched++;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Dispatching the outbox of leave request " + id + " failed; it stays for the next sweep", e);
            }
        }
        return dispatched;
    }

    /**
     * Appends to the recipient's feed. The store gives the id (the feed position) in the write that makes
     * the notification visible, so no lock is needed here for a reader {@code after} its newest id to miss
     * nothing, on this node or any other. The other channels are told of it before the caller clears the
     * event from the outbox.
     */
    private Notification storeInOrder(NotificationDraft draft) {
        Notification stored = store.append(draft).notification();
        otherChannels.stored(stored);
        return stored;
    }
}
