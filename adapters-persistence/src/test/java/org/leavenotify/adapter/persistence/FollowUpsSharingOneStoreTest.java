package org.leavenotify.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leavenotify.adapter.memory.InMemoryEmployeeDirectory;
import org.leavenotify.adapter.memory.InMemoryHolidayCalendar;
import org.leavenotify.adapter.memory.InMemoryPresence;
import org.leavenotify.adapter.memory.InMemoryPushNotifications;
import org.leavenotify.application.leave.FollowUpService;
import org.leavenotify.application.leave.port.out.LeaveRequestRepositoryPort;
import org.leavenotify.application.leave.port.out.PendingLeaveRequestsPort;
import org.leavenotify.application.notification.NotificationDispatcher;
import org.leavenotify.application.notification.port.out.NotificationStorePort;
import org.leavenotify.application.notification.port.out.OutboxClaimPort;
import org.leavenotify.application.shared.TimeOrderedIdGenerator;
import org.leavenotify.domain.leave.Employees;
import org.leavenotify.domain.leave.FollowUpPolicy;
import org.leavenotify.domain.leave.LeavePolicy;
import org.leavenotify.domain.leave.LeaveRequests;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two nodes on one store, each with its own client connection, its own follow-up sweep and a clock that
 * disagrees with the other's by twenty minutes, chasing the same backlog of waiting requests at the same
 * moment: every request is reminded once and passed up once, whichever node got there first.
 */
class FollowUpsSharingOneStoreTest {

    private static final int BACKLOG = 60;

    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;

    @BeforeAll
    static void twoNodesOnTheEmbeddedStoreOfTheFirst() {
        nodeA = MongoStores.start(MongoStores.embeddedAt(MongoStores.freshDataDir("two-follow-ups")));
        String uri = nodeA.getBean(EmbeddedMongoStore.class).connectionString();
        nodeB = MongoStores.start(Map.of("spring.mongodb.uri", uri));
    }

    @AfterAll
    static void stopBothNodes() {
        if (nodeB != null) {
            nodeB.close();
        }
        if (nodeA != null) {
            nodeA.close();
        }
    }

    @Test
    void twoNodesChasingTheSameRequestsAtOnceRemindAndPassUpEachOnce() throws Exception {
        InMemoryEmployeeDirectory directory = new InMemoryEmployeeDirectory();
        List.of(Employees.alice(), Employees.bob(), Employees.hana()).forEach(directory::save);
        LeaveRequestRepositoryPort requests = nodeA.getBean(LeaveRequestRepositoryPort.class);
        for (int i = 0; i < BACKLOG; i++) {
            requests.save(LeaveRequests.aPendingRequest());
        }
        NotificationStorePort store = nodeA.getBean(NotificationStorePort.class);
        // Thursday the 26th: the submissions reach Bob
        Node a = new Node(nodeA, 0xA, directory, Duration.ZERO);
        Node b = new Node(nodeB, 0xB, directory, Duration.ofMinutes(-20));
        a.dispatcher.dispatchPending(1000);
        assertThat(store.countUnread(Employees.BOB)).isEqualTo(BACKLOG);

        // Monday the 30th (two working days): Bob is reminded of each request once
        a.clock.set(4);
        b.clock.set(4);
        assertThat(atOnce(a, b)).as("requests followed up by the two nodes together").isEqualTo(BACKLOG);
        assertThat(store.countUnread(Employees.BOB)).isEqualTo(2L * BACKLOG);

        // Thursday the 3rd (five): each goes up to Hana once, and Bob hears it once
        a.clock.set(7);
        b.clock.set(7);
        assertThat(atOnce(a, b)).isEqualTo(BACKLOG);
        assertThat(store.countUnread(Employees.HANA)).isEqualTo(BACKLOG);
        assertThat(store.countUnread(Employees.BOB)).isEqualTo(3L * BACKLOG);
        assertThat(((PendingLeaveRequestsPort) requests).findPendingWaitingFor(Employees.HANA)).hasSize(BACKLOG);
        assertThat(requests.findWithUndispatchedEvents(1000)).isEmpty();
    }

    private static int atOnce(Node first, Node second) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier start = new CyclicBarrier(2);
            List<Future<Integer>> sweeps = new ArrayList<>();
            for (Node node : List.of(first, second)) {
                sweeps.add(threads.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return node.followUps.followUpWaitingRequests(7);
                }));
            }
            int total = 0;
            for (Future<Integer> sweep : sweeps) {
                total += sweep.get(120, TimeUnit.SECONDS);
            }
            return total;
        } finally {
            threads.shutdownNow();
        }
    }

    /** One node's sweep, dispatcher and clock, over its own connection to the shared store. */
    private static final class Node {

        final DaysLaterClock clock;
        final NotificationDispatcher dispatcher;
        final FollowUpService followUps;

        Node(ConfigurableApplicationContext node, int tag, InMemoryEmployeeDirectory directory, Duration skew) {
            clock = new DaysLaterClock(skew);
            LeaveRequestRepositoryPort requests = node.getBean(LeaveRequestRepositoryPort.class);
            InMemoryPresence presence = new InMemoryPresence();
            TimeOrderedIdGenerator ids = new TimeOrderedIdGenerator(Clock.systemUTC(), tag);
            dispatcher = new NotificationDispatcher(requests, directory, node.getBean(NotificationStorePort.class),
                    presence, new InMemoryPushNotifications(), ids, node.getBean(OutboxClaimPort.class), clock,
                    Duration.ofSeconds(30));
            followUps = new FollowUpService(requests, node.getBean(PendingLeaveRequestsPort.class), directory,
                    new InMemoryHolidayCalendar(), dispatcher, ids, FollowUpPolicy.DEFAULT, LeavePolicy.DEFAULT, clock);
        }
    }

    /** The builders' "now" (Thursday 2026-11-26, 10:00 UTC) some days later, off by this node's skew. */
    private static final class DaysLaterClock extends Clock {

        private final Duration skew;
        private volatile int days;

        DaysLaterClock(Duration skew) {
            this.skew = skew;
        }

        void set(int daysLater) {
            days = daysLater;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return LeaveRequests.NOW.plus(Duration.ofDays(days)).plus(skew);
        }
    }
}
