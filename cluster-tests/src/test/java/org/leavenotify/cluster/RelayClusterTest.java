package org.leavenotify.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leavenotify.application.notification.port.out.PresencePort;
import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.testsupport.StompFrame;
import org.leavenotify.testsupport.StompFrameClient;

/**
 * Two nodes in relay mode behind one RabbitMQ, sharing one store: what a user on one node sees of what
 * happens on the other, presence on both, receipts, and what is left in RabbitMQ after sessions end.
 */
class RelayClusterTest {

    private static final String UNREAD_COUNT = "/user/queue/notifications/unread-count";

    private static Cluster cluster;
    private static Api nodeA;
    private static Api nodeB;

    @BeforeAll
    static void startTheCluster() {
        cluster = Cluster.get();
        nodeA = new Api(cluster.a.port());
        nodeB = new Api(cluster.b.port());
    }

    @Test
    void aUserConnectedToNodeAReceivesLiveANotificationCausedByAnActionOnNodeB() {
        try (StompFrameClient bob = StompFrameClient.connect(cluster.a.port(), nodeA.login("bob"))) {
            bob.subscribe(StompFrameClient.NOTIFICATIONS);
            bob.subscribe(UNREAD_COUNT);

            String request = nodeB.asksForADayOff(nodeA.login("alice"));

            StompFrame pushed = bob.await(frame -> frame.command().equals("MESSAGE")
                    && frame.body().contains(request), "the notification about " + request);
            assertThat(pushed.header("destination")).isEqualTo(StompFrameClient.NOTIFICATIONS);
            Map<String, Object> notification = Api.parse(pushed.body());
            assertThat(notification).containsEntry("recipientId", "bob")
                    .containsEntry("type", "LEAVE_REQUEST_SUBMITTED")
                    .containsEntry("leaveRequestId", request);
            StompFrame count = bob.await(frame -> frame.command().equals("MESSAGE")
                    && UNREAD_COUNT.equals(frame.header("destination")), "the unread count");
            assertThat(Api.parse(count.body())).containsKey("unreadCount");
        }
    }

    @Test
    void eachNodeCountsTheSessionsAUserHasOnEveryNode() {
        EmployeeId carol = new EmployeeId("carol");
        PresencePort presenceOnA = cluster.a.bean(PresencePort.class);
        PresencePort presenceOnB = cluster.b.bean(PresencePort.class);
        String token = nodeA.login("carol");

        try (StompFrameClient onA = StompFrameClient.connect(cluster.a.port(), token)) {
            try (StompFrameClient onB = StompFrameClient.connect(cluster.b.port(), token)) {
                await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                    assertThat(presenceOnA.sessionCount(carol)).as("carol's sessions seen by node A").isEqualTo(2);
                    assertThat(presenceOnB.sessionCount(carol)).as("carol's sessions seen by node B").isEqualTo(2);
                });
            }
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                assertThat(presenceOnA.sessionCount(carol)).as("after one session ended, on A").isEqualTo(1);
                assertThat(presenceOnB.sessionCount(carol)).as("after one session ended, on B").isEqualTo(1);
            });
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(presenceOnA.sessionCount(carol)).isZero();
            assertThat(presenceOnB.sessionCount(carol)).isZero();
        });
    }

    @Test
    void everyFrameIsAnsweredWithExactlyOneReceiptAndAPushRightAfterTheSubscribeReceiptIsDelivered() {
        try (StompFrameClient bob = StompFrameClient.connect(cluster.b.port(), nodeB.login("bob"))) {
            bob.subscribe(StompFrameClient.NOTIFICATIONS);
            String request = nodeA.asksForADayOff(nodeA.login("alice"));
            bob.await(frame -> frame.command().equals("MESSAGE") && frame.body().contains(request),
                    "the push sent right after the receipt");

            bob.subscribe(Device.LIST);
            bob.subscribe("/user/queue/errors");
            String listed = bob.sendJson("/app/notifications", "{\"limit\":1}");
            StompFrame list = bob.await(frame -> frame.command().equals("MESSAGE")
                    && Device.LIST.equals(frame.header("destination")), "the list reply");
            assertThat(Api.parse(list.body())).containsKeys("items", "hasMore", "unreadCount");
            bob.sendJson("/app/notifications/mark-all-read", "");
            String last = bob.sendJson("/app/notifications", "{\"limit\":1}");

            List<String> receiptIds = bob.frames().stream().filter(frame -> frame.command().equals("RECEIPT"))
                    .map(frame -> frame.header("receipt-id")).toList();
            assertThat(receiptIds).as("one receipt per frame, from RabbitMQ for SUBSCRIBE, from the node for SEND")
                    .doesNotHaveDuplicates().contains(listed, last).hasSize(6);
        }
    }

    @Test
    void theQueuesOfSessionsThatEndedDoNotPileUpInRabbitMq() {
        Set<String> before = Set.copyOf(cluster.rabbitMq.queues());
        List<StompFrameClient> sessions = new java.util.ArrayList<>();
        for (String user : List.of("alice", "bob", "carol")) {
            for (Cluster.NodeRef node : List.of(new Cluster.NodeRef(cluster.a.port()), new Cluster.NodeRef(cluster.b.port()))) {
                StompFrameClient session = StompFrameClient.connect(node.port(), nodeA.login(user));
                session.subscribe(StompFrameClient.NOTIFICATIONS);
                session.subscribe(UNREAD_COUNT);
                session.subscribe(Device.LIST);
                session.subscribe("/user/queue/errors");
                sessions.add(session);
            }
        }
        List<String> during = cluster.rabbitMq.queues();
        assertThat(during.stream().filter(queue -> !before.contains(queue)))
                .as("a queue for each subscription of each session").hasSize(24);

        sessions.forEach(StompFrameClient::close);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(cluster.rabbitMq.queues())
                .as("queues left in RabbitMQ after the sessions ended").allMatch(before::contains));
        assertThat(cluster.rabbitMq.queues()).noneMatch(queue -> queue.contains("-user"));
    }

    @Test
    void healthShowsTheRelayUpOnEveryNode() {
        for (Api node : List.of(nodeA, nodeB)) {
            Api.Response health = node.health(node.login("hana"));
            assertThat(health.status()).isEqualTo(200);
            @SuppressWarnings("unchecked")
            Map<String, Object> relay = (Map<String, Object>) ((Map<String, Object>) Api.parse(health.body())
                    .get("components")).get("brokerRelay");
            assertThat(relay).containsEntry("status", "UP");
        }
    }
}
