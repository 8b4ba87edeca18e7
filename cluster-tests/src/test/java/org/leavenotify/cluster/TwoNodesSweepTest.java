package org.leavenotify.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leavenotify.application.leave.port.out.LeaveRequestRepositoryPort;
import org.leavenotify.application.shared.port.out.IdGeneratorPort;
import org.leavenotify.domain.leave.EmployeeLeave;
import org.leavenotify.domain.leave.Employees;
import org.leavenotify.domain.leave.HolidayCalendar;
import org.leavenotify.domain.leave.LeaveApplication;
import org.leavenotify.domain.leave.LeavePeriod;
import org.leavenotify.domain.leave.LeaveRequest;
import org.leavenotify.domain.leave.LeaveRequestId;
import org.leavenotify.domain.leave.LeaveRequests;
import org.leavenotify.domain.leave.LeaveType;
import org.leavenotify.domain.leave.WorkingDays;
import org.leavenotify.domain.shared.EventId;
import org.leavenotify.testsupport.StompFrameClient;

/**
 * Both nodes' recovery sweeps (every 500 ms here) find the same outboxes in the shared store: a backlog
 * written straight into the store with the ids the application gives, as a node that crashed between
 * saving and dispatching would leave it.
 * Each event becomes one notification, pushed once.
 */
class TwoNodesSweepTest {

    private static final int BACKLOG = 60;

    private static Cluster cluster;

    @BeforeAll
    static void startTheCluster() {
        cluster = Cluster.get();
    }

    @Test
    void twoNodesSweepingTheSameOutboxesProduceEachNotificationOnce() {
        Api nodeA = new Api(cluster.a.port());
        String bob = nodeA.login("bob");
        try (StompFrameClient bobOnA = StompFrameClient.connect(cluster.a.port(), bob);
             StompFrameClient bobOnB = StompFrameClient.connect(cluster.b.port(), bob)) {
            bobOnA.subscribe(StompFrameClient.NOTIFICATIONS);
            bobOnB.subscribe(StompFrameClient.NOTIFICATIONS);
            LeaveRequestRepositoryPort store = cluster.a.bean(LeaveRequestRepositoryPort.class);
            IdGeneratorPort ids = cluster.a.bean(IdGeneratorPort.class);
            Set<String> backlog = new HashSet<>();
            for (int i = 0; i < BACKLOG; i++) {
                backlog.add(store.save(aliceAsksForLeave(ids)).id().value());
            }

            for (StompFrameClient session : List.of(bobOnA, bobOnB)) {
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                        assertThat(requestsNotifiedOn(session)).as("pushed to bob's session").containsAll(backlog));
                assertThat(requestsNotifiedOn(session).stream().filter(backlog::contains))
                        .as("each pushed once").hasSize(BACKLOG).doesNotHaveDuplicates();
            }
            assertThat(store.findWithUndispatchedEvents(1000)).isEmpty();
            try (MongoClient client = MongoClients.create(cluster.storeUri)) {
                long stored = 0;
                for (Document bucket : client.getDatabase("leavenotify").getCollection("notification_buckets").find()) {
                    stored += bucket.getList("items", Document.class).stream()
                            .filter(item -> backlog.contains(item.getString("leaveRequestId"))).count();
                }
                assertThat(stored).as("notifications stored for the backlog").isEqualTo(BACKLOG);
            }
        }
    }

    /** A request as the application makes it (generated ids), saved but never dispatched. */
    private static LeaveRequest aliceAsksForLeave(IdGeneratorPort ids) {
        return LeaveRequest.submit(new LeaveRequestId(ids.nextId()), new EventId(ids.nextId()),
                new LeaveApplication(Employees.alice(), LeaveType.UNPAID,
                        LeavePeriod.of(LeaveRequests.MONDAY, LeaveRequests.MONDAY), "left in the outbox"),
                new EmployeeLeave(List.of(), HolidayCalendar.NONE, WorkingDays.of(25), LeaveRequests.POLICY),
                Instant.now());
    }

    private static List<String> requestsNotifiedOn(StompFrameClient session) {
        return session.messages(StompFrameClient.NOTIFICATIONS).stream()
                .map(frame -> Api.parse(frame.body()))
                .map((Map<String, Object> notification) -> (String) notification.get("leaveRequestId"))
                .toList();
    }
}
