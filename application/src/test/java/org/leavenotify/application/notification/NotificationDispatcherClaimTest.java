package org.leavenotify.application.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.leavenotify.application.MutableClock;
import org.leavenotify.adapter.memory.InMemoryEmployeeDirectory;
import org.leavenotify.adapter.memory.InMemoryLeaveRequestRepository;
import org.leavenotify.adapter.memory.InMemoryNotificationStore;
import org.leavenotify.adapter.memory.InMemoryOutboxClaims;
import org.leavenotify.adapter.memory.InMemoryPresence;
import org.leavenotify.adapter.memory.InMemoryPushNotifications;
import org.leavenotify.application.notification.port.out.PushNotificationPort;
import org.leavenotify.application.shared.TimeOrderedIdGenerator;
import org.leavenotify.domain.leave.Employees;
import org.leavenotify.domain.leave.LeaveRequest;
import org.leavenotify.domain.leave.LeaveRequests;
import org.leavenotify.domain.notification.InboxChange;
import org.leavenotify.domain.notification.Notification;
import org.leavenotify.domain.notification.NotificationType;
import org.leavenotify.domain.organisation.EmployeeId;

/**
 * Dispatchers of several nodes over one store: each outbox event is stored and pushed once, whoever
 * dispatches it, and an outbox left claimed by a node that died is finished by another after the lease.
 */
class NotificationDispatcherClaimTest {

    private static final Duration LEASE = Duration.ofSeconds(30);

    private final MutableClock clock = new MutableClock(LeaveRequests.NOW);
    private final InMemoryLeaveRequestRepository requests = new InMemoryLeaveRequestRepository();
    private final InMemoryNotificationStore notifications = new InMemoryNotificationStore();
    private final InMemoryOutboxClaims claims = new InMemoryOutboxClaims();
    private final InMemoryPresence presence = new InMemoryPresence();
    private final InMemoryPushNotifications pushed = new InMemoryPushNotifications();

    @Test
    void twoDispatchersSweepingTheSameOutboxesAtOnceStoreAndPushEachNotificationOnce() throws Exception {
        presence.connected(Employees.BOB);
        NotificationDispatcher nodeA = node(1, pushed);
        NotificationDispatcher nodeB = node(2, pushed);
        for (int round = 0; round < 5; round++) {
            for (int i = 0; i < 100; i++) {
                requests.save(LeaveRequests.aPendingRequest());
            }

            sweepAtOnce(nodeA, nodeB);

            assertThat(requests.findWithUndispatchedEvents(1000)).isEmpty();
        }

        List<Notification> stored = notifications.all();
        assertThat(stored).hasSize(500);
        assertThat(pushed.deliveredTo(Employees.BOB)).extracting(Notification::id)
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(stored.stream().map(Notification::id).toList());
    }

    @Test
    void anOutboxClaimedByANodeThatDiedIsFinishedByAnotherNodeOnceTheLeaseHasEnded() {
        presence.connected(Employees.BOB);
        LeaveRequest request = requests.save(LeaveRequests.aPendingRequest());
        claims.claim(request.id(), "node-that-died", clock.instant(), clock.instant().plus(LEASE));
        NotificationDispatcher survivor = node(2, pushed);

        assertThat(survivor.dispatchPending(10)).isZero();
        assertThat(notifications.all()).isEmpty();

        clock.advance(LEASE);

        assertThat(survivor.dispatchPending(10)).isEqualTo(1);
        assertThat(notifications.all()).singleElement()
                .satisfies(stored -> assertThat(stored.leaveRequestId()).isEqualTo(request.id()));
        assertThat(pushed.deliveredTo(Employees.BOB)).hasSize(1);
        assertThat(requests.findWithUndispatchedEvents(10)).isEmpty();
    }

    @Test
    void anEventAddedWhileAnotherNodeHoldsTheClaimIsDispatchedByTheHolderWhenItIsDone() {
        presence.connected(Employees.BOB);
        presence.connected(Employees.ALICE);
        LeaveRequest request = requests.save(LeaveRequests.aPendingRequest());
        NotificationDispatcher nodeB = node(2, pushed);
        boolean[] approvedDuringTheHold = {false};
        PushNotificationPort approveOnNodeBWhilePushing = new PushNotificationPort() {
            @Override
            public void pushNotification(Notification notification) {
                pushed.pushNotification(notification);
                if (!approvedDuringTheHold[0]) {
                    approvedDuringTheHold[0] = true;
                    LeaveRequest loaded = requests.findById(request.id()).orElseThrow();
                    loaded.approve(Employees.bob(), Employees.alice(), "Enjoy", clock.instant(),
                            LeaveRequests.nextEventId());
                    requests.save(loaded);
                    nodeB.dispatch(request.id());
                    assertThat(notifications.all()).as("node B was refused the claim").hasSize(1);
                }
            }

            @Override
            public void pushUnreadCount(EmployeeId recipient, long unreadCount) {
                pushed.pushUnreadCount(recipient, unreadCount);
            }

            @Override
            public void pushChange(EmployeeId recipient, InboxChange change) {
                pushed.pushChange(recipient, change);
            }
        };
        NotificationDispatcher nodeA = node(1, approveOnNodeBWhilePushing);

        nodeA.dispatch(request.id());

        assertThat(approvedDuringTheHold[0]).isTrue();
        assertThat(notifications.all()).extracting(Notification::type)
                .containsExactlyInAnyOrder(NotificationType.LEAVE_REQUEST_SUBMITTED, NotificationType.LEAVE_REQUEST_APPROVED);
        assertThat(pushed.deliveredTo(Employees.ALICE)).singleElement()
                .satisfies(approved -> assertThat(approved.type()).isEqualTo(NotificationType.LEAVE_REQUEST_APPROVED));
        assertThat(pushed.deliveredTo(Employees.BOB)).hasSize(1);
        assertThat(requests.findWithUndispatchedEvents(10)).isEmpty();
    }

    @Test
    void aDispatcherReleasesItsClaimWhenItIsDoneSoTheNextChangeIsDispatchedAtOnce() {
        LeaveRequest request = requests.save(LeaveRequests.aPendingRequest());
        NotificationDispatcher node = node(1, pushed);

        node.dispatch(request.id());

        assertThat(claims.claim(request.id(), "another-node", clock.instant(), clock.instant().plus(LEASE))).isTrue();
    }

    private NotificationDispatcher node(int tag, PushNotificationPort push) {
        return new NotificationDispatcher(requests, new InMemoryEmployeeDirectory(), notifications, presence, push,
                new TimeOrderedIdGenerator(clock, tag), claims, clock, LEASE);
    }

    /** Both sweeps start together and go through the same outboxes in the same order. */
    private static void sweepAtOnce(NotificationDispatcher first, NotificationDispatcher second) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier start = new CyclicBarrier(2);
            CountDownLatch done = new CountDownLatch(2);
            List<Future<Integer>> sweeps = new ArrayList<>();
            for (NotificationDispatcher node : List.of(first, second)) {
                sweeps.add(threads.submit(() -> {
                    try {
                        start.await(10, TimeUnit.SECONDS);
                        return node.dispatchPending(1000);
                    } finally {
                        done.countDown();
                    }
                }));
            }
            assertThat(done.await(60, TimeUnit.SECONDS)).as("both sweeps finished").isTrue();
            int total = 0;
            for (Future<Integer> sweep : sweeps) {
                total += sweep.get();
            }
            assertThat(total).isEqualTo(100);
        } finally {
            threads.shutdownNow();
        }
    }
}
