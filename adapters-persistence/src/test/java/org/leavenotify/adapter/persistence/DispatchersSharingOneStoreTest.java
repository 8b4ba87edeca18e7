package org.leavenotify.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
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
import org.leavenotify.adapter.memory.InMemoryPresence;
import org.leavenotify.adapter.memory.InMemoryPushNotifications;
import org.leavenotify.application.leave.port.out.LeaveRequestRepositoryPort;
import org.leavenotify.application.notification.NotificationDispatcher;
import org.leavenotify.application.notification.port.out.NotificationStorePort;
import org.leavenotify.application.notification.port.out.OutboxClaimPort;
import org.leavenotify.application.shared.TimeOrderedIdGenerator;
import org.leavenotify.domain.leave.Employees;
import org.leavenotify.domain.leave.LeaveRequestId;
import org.leavenotify.domain.leave.LeaveRequests;
import org.leavenotify.domain.notification.Notification;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Two nodes on one store, each with its own client connection and its own dispatcher, sweeping the same
 * backlog of outboxes at the same moment: every event becomes one stored notification, pushed once.
 */
class DispatchersSharingOneStoreTest {

    private static final int BACKLOG = 150;

    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;

    @BeforeAll
    static void twoNodesOnTheEmbeddedStoreOfTheFirst() {
        nodeA = MongoStores.start(MongoStores.embeddedAt(MongoStores.freshDataDir("two-dispatchers")));
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
    void twoNodesSweepingTheSameOutboxesAtOnceStoreAndPushEachNotificationOnce() throws Exception {
        InMemoryPresence presence = new InMemoryPresence();
        presence.connected(Employees.BOB);
        InMemoryPushNotifications pushed = new InMemoryPushNotifications();
        NotificationDispatcher dispatcherA = dispatcher(nodeA, 0xA, presence, pushed);
        NotificationDispatcher dispatcherB = dispatcher(nodeB, 0xB, presence, pushed);
        LeaveRequestRepositoryPort requests = nodeA.getBean(LeaveRequestRepositoryPort.class);
        for (int i = 0; i < BACKLOG; i++) {
            requests.save(LeaveRequests.aPendingRequest());
        }
        assertThat(nodeB.getBean(LeaveRequestRepositoryPort.class).findWithUndispatchedEvents(1000)).hasSize(BACKLOG);

        int dispatched = sweepAtOnce(dispatcherA, dispatcherB);

        assertThat(dispatched).as("requests dispatched by the two nodes together").isEqualTo(BACKLOG);
        assertThat(requests.findWithUndispatchedEvents(1000)).isEmpty();
        List<Notification> delivered = pushed.deliveredTo(Employees.BOB);
        assertThat(delivered).hasSize(BACKLOG);
        assertThat(delivered).extracting(Notification::id).doesNotHaveDuplicates();
        assertThat(delivered).extracting(Notification::leaveRequestId).map(LeaveRequestId::value).doesNotHaveDuplicates();
        assertThat(nodeA.getBean(NotificationStorePort.class).countUnread(Employees.BOB)).as("stored").isEqualTo(BACKLOG);
        assertThat(nodeA.getBean(MongoTemplate.class).count(new Query(), "outbox_claims"))
                .as("claims left behind").isZero();
    }

    private static NotificationDispatcher dispatcher(ConfigurableApplicationContext node, int tag,
                                                     InMemoryPresence presence, InMemoryPushNotifications pushed) {
        Clock clock = Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
        return new NotificationDispatcher(node.getBean(LeaveRequestRepositoryPort.class), new InMemoryEmployeeDirectory(),
                node.getBean(NotificationStorePort.class), presence, pushed, new TimeOrderedIdGenerator(clock, tag),
                node.getBean(OutboxClaimPort.class), clock, Duration.ofSeconds(30));
    }

    private static int sweepAtOnce(NotificationDispatcher first, NotificationDispatcher second) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier start = new CyclicBarrier(2);
            List<Future<Integer>> sweeps = new ArrayList<>();
            for (NotificationDispatcher node : List.of(first, second)) {
                sweeps.add(threads.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return node.dispatchPending(1000);
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
}
