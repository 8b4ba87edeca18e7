package org.leavenotify.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leavenotify.testsupport.StompFrameClient;

/**
 * RabbitMQ stopped for 10 seconds under two running nodes, then started again: the relay recovers by
 * itself, REST keeps working throughout, and no notification is lost: what was stored during the outage
 * is caught up on after reconnecting, and pushes flow again.
 */
class RelayOutageTest {

    private static final Duration OUTAGE = Duration.ofSeconds(10);

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
    void whileRabbitMqIsDownForTenSecondsRestKeepsWorkingAndAfterItComesBackNothingIsLost() throws Exception {
        String alice = nodeB.login("alice");
        String bob = nodeA.login("bob");
        String hana = nodeA.login("hana");
        Device bobsPhone = new Device("bob");
        List<String> bobsBefore = nodeA.allNotificationIds(bob);
        StompFrameClient first = bobsPhone.connectTo(cluster.a.port(), bob,
                bobsBefore.isEmpty() ? null : bobsBefore.get(bobsBefore.size() - 1));
        String beforeOutage = nodeB.asksForADayOff(alice);
        first.await(frame -> frame.command().equals("MESSAGE") && frame.body().contains(beforeOutage), "a live push");
        String newestBeforeOutage = bobsPhone.newest();

        cluster.rabbitMq.stop();
        Instant stopped = Instant.now();

        assertThat(first.closed().get(30, TimeUnit.SECONDS)).as("bob's session, cut off with its relay connection")
                .isNotNull();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertRelay(nodeA, hana, 503, "DOWN");
            assertRelay(nodeB, hana, 503, "DOWN");
        });
        List<String> requestedDuringOutage = new ArrayList<>();
        requestedDuringOutage.add(nodeB.asksForADayOff(alice));
        requestedDuringOutage.add(nodeA.asksForADayOff(alice));
        requestedDuringOutage.add(nodeB.asksForADayOff(nodeB.login("carol")));
        assertThat(nodeA.notificationIdsAfter(bob, newestBeforeOutage))
                .as("notifications stored while RabbitMQ is down").hasSize(3);
        Duration left = OUTAGE.minus(Duration.between(stopped, Instant.now()));
        if (!left.isNegative()) {
            // The scenario is an outage of this length, not a wait for something to happen.
            Thread.sleep(left.toMillis());
        }

        cluster.rabbitMq.start();

        await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> {
            assertRelay(nodeA, hana, 200, "UP");
            assertRelay(nodeB, hana, 200, "UP");
        });
        StompFrameClient second = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .ignoreExceptions().until(() -> bobsPhone.connectTo(cluster.a.port(), bob, null), connection -> true);
        String afterOutage = nodeB.asksForADayOff(alice);
        second.await(frame -> frame.command().equals("MESSAGE") && frame.body().contains(afterOutage),
                "a live push after the outage");

        List<String> stored = nodeA.notificationIdsAfter(bob, newestBeforeOutage);
        assertThat(stored).hasSize(4);
        assertThat(bobsPhone.held()).as("bob holds every notification, each once").containsAll(stored)
                .contains(newestBeforeOutage);
        assertThat(bobsPhone.liveDeliveries().values()).as("no notification pushed twice").allMatch(count -> count == 1);
        bobsPhone.close();
    }

    private static void assertRelay(Api node, String hrToken, int status, String relayStatus) {
        Api.Response health = node.health(hrToken);
        assertThat(health.status()).isEqualTo(status);
        @SuppressWarnings("unchecked")
        Map<String, Object> relay = (Map<String, Object>) ((Map<String, Object>) Api.parse(health.body())
                .get("components")).get("brokerRelay");
        assertThat(relay).containsEntry("status", relayStatus);
    }
}
