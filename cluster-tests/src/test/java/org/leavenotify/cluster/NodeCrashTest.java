package org.leavenotify.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leavenotify.testsupport.StompFrameClient;

/**
 * A node killed with SIGKILL (a separate process: no shutdown hook, no goodbye to RabbitMQ or to its
 * clients) while its users are connected and leave actions keep coming through another node: the users
 * reconnect to the other node and, with the catch-up the docs describe, hold every notification once.
 */
class NodeCrashTest {

    /** Rounds of "alice asks, bob approves" through the surviving node; the rest come after the kill. */
    private static final int ROUNDS = 12;
    private static final int ROUNDS_BEFORE_THE_KILL = 4;

    private static Cluster cluster;
    private static Api survivor;
    private NodeProcess doomed;

    @BeforeAll
    static void startTheCluster() {
        cluster = Cluster.get();
        survivor = new Api(cluster.b.port());
    }

    @AfterEach
    void killTheNodeIfStillAlive() {
        if (doomed != null && doomed.isAlive()) {
            doomed.kill();
        }
    }

    @Test
    void usersOfANodeKilledWithSigkillReconnectToAnotherNodeAndHoldEveryNotificationOnce() throws Exception {
        doomed = cluster.startProcess("node-killed");
        doomed.awaitReady(Duration.ofSeconds(180));
        String alice = survivor.login("alice");
        String bob = survivor.login("bob");
        Device alicesPhone = new Device("alice");
        Device bobsPhone = new Device("bob");
        String alicesNewest = newest(survivor.allNotificationIds(alice));
        String bobsNewest = newest(survivor.allNotificationIds(bob));
        StompFrameClient aliceOnDoomed = alicesPhone.connectTo(doomed.port, alice, alicesNewest);
        StompFrameClient bobOnDoomed = bobsPhone.connectTo(doomed.port, bob, bobsNewest);

        CountDownLatch killed = new CountDownLatch(1);
        CompletableFuture<Void> actionsOnTheSurvivor = CompletableFuture.runAsync(() -> {
            for (int round = 0; round < ROUNDS; round++) {
                if (round == ROUNDS_BEFORE_THE_KILL) {
                    awaitQuietly(killed);
                }
                String request = survivor.asksForADayOff(alice);
                survivor.approves(bob, request);
            }
        });
        bobOnDoomed.await(frame -> frame.command().equals("MESSAGE") && bobOnDoomed.liveNotificationIds().size() >= 2,
                "two live pushes to bob on the node about to be killed");

        doomed.kill();
        killed.countDown();

        assertThat(bobOnDoomed.closed().get(30, TimeUnit.SECONDS)).isNotNull();
        assertThat(aliceOnDoomed.closed().get(30, TimeUnit.SECONDS)).isNotNull();
        alicesPhone.connectTo(cluster.b.port(), alice, null);
        bobsPhone.connectTo(cluster.b.port(), bob, null);
        actionsOnTheSurvivor.get(120, TimeUnit.SECONDS);

        for (Device phone : List.of(alicesPhone, bobsPhone)) {
            String token = phone == alicesPhone ? alice : bob;
            String newestAtStart = phone == alicesPhone ? alicesNewest : bobsNewest;
            List<String> stored = newestAtStart == null ? survivor.allNotificationIds(token)
                    : survivor.notificationIdsAfter(token, newestAtStart);
            assertThat(stored).as(phone.username + "'s notifications since the start").hasSize(ROUNDS);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(phone.held()).as(phone.username + " holds every notification").containsAll(stored));
            assertThat(phone.liveDeliveries().values()).as(phone.username + ": no notification pushed twice")
                    .allMatch(count -> count == 1);
        }
        alicesPhone.close();
        bobsPhone.close();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            if (!latch.await(120, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the node was not killed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String newest(List<String> oldestFirst) {
        return oldestFirst.isEmpty() ? null : oldestFirst.get(oldestFirst.size() - 1);
    }
}
