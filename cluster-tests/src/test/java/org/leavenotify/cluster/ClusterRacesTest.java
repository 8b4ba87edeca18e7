package org.leavenotify.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leavenotify.testsupport.StompFrameClient;

/**
 * The races of {@code MultiNodeRaceTest} (adapters-persistence, which also skews the nodes' clocks), here
 * through the product as clients reach it: two relay-mode nodes behind no balancer, over HTTP and STOMP.
 * Rounds: {@code -Dcluster.races.rounds} (default 60).
 */
class ClusterRacesTest {

    private static final int ROUNDS = Integer.getInteger("cluster.races.rounds", 60);
    private static final int REQUESTS_PER_WRITER = Integer.getInteger("cluster.races.requests", 60);

    private static Cluster cluster;
    private static Api nodeA;
    private static Api nodeB;
    private static ExecutorService threads;

    @BeforeAll
    static void startTheCluster() {
        cluster = Cluster.get();
        nodeA = new Api(cluster.a.port());
        nodeB = new Api(cluster.b.port());
        threads = Executors.newFixedThreadPool(4);
    }

    @AfterAll
    static void stopTheThreads() {
        if (threads != null) {
            threads.shutdownNow();
        }
    }

    @Test
    void theSameRequestSentToBothNodesAtOnceIsAcceptedOnceEveryRound() throws Exception {
        String alice = nodeA.login("alice");
        LocalDate monday = LocalDate.of(2090, 1, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
        Map<Integer, Integer> statuses = new HashMap<>();
        for (int round = 0; round < ROUNDS; round++) {
            LocalDate day = monday.plusWeeks(round / 5).plusDays(round % 5);
            String body = "{\"type\":\"UNPAID\",\"startDate\":\"" + day + "\",\"endDate\":\"" + day + "\",\"reason\":\"double click\"}";

            List<Api.Response> answers = atOnce(List.of(
                    () -> nodeA.call("POST", "/api/leave-requests", alice, body),
                    () -> nodeB.call("POST", "/api/leave-requests", alice, body)));

            assertThat(answers).as("round %d", round).extracting(Api.Response::status).containsOnlyOnce(201);
            answers.stream().filter(answer -> answer.status() != 201).forEach(answer -> {
                statuses.merge(answer.status(), 1, Integer::sum);
                assertThat(answer.body()).contains("OverlappingLeave");
            });
        }
        assertThat(statuses).containsOnlyKeys(422);
    }

    @Test
    void twoRequestsThatFitTheBalanceOnlyOneAtATimeAreNeverBothAccepted() throws Exception {
        String hana = nodeA.login("hana");
        String carol = nodeB.login("carol");
        for (int round = 0; round < ROUNDS; round++) {
            int year = 2030 + round % 60;
            LocalDate monday = LocalDate.of(year, 2, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY))
                    .plusWeeks(round / 60 * 2);
            Api.json(nodeA.call("PUT", "/api/admin/employees/carol/allowances/" + year, hana,
                    "{\"annualAllowance\": " + (3 + round / 60 * 4) + "}"), 200);
            String early = "{\"type\":\"ANNUAL\",\"startDate\":\"" + monday + "\",\"endDate\":\"" + monday.plusDays(1) + "\"}";
            String late = "{\"type\":\"ANNUAL\",\"startDate\":\"" + monday.plusDays(3) + "\",\"endDate\":\"" + monday.plusDays(4) + "\"}";

            List<Api.Response> answers = atOnce(List.of(
                    () -> nodeA.call("POST", "/api/leave-requests", carol, early),
                    () -> nodeB.call("POST", "/api/leave-requests", carol, late)));

            assertThat(answers).as("round %d", round).extracting(Api.Response::status).containsOnlyOnce(201);
            int thisRound = round;
            answers.stream().filter(answer -> answer.status() != 201)
                    .forEach(answer -> assertThat(answer.body()).as("round %d", thisRound).contains("InsufficientBalance"));
        }
    }

    @Test
    void requestsSubmittedThroughBothNodesReachTheManagerLiveAndOnCatchUpEachOnceInFeedOrder() throws Exception {
        String bob = nodeA.login("bob");
        List<String> before = nodeA.allNotificationIds(bob);
        String cursor = before.isEmpty() ? null : before.get(before.size() - 1);
        try (StompFrameClient bobOnA = StompFrameClient.connect(cluster.a.port(), bob);
             StompFrameClient bobOnB = StompFrameClient.connect(cluster.b.port(), bob)) {
            bobOnA.subscribe(StompFrameClient.NOTIFICATIONS);
            bobOnB.subscribe(StompFrameClient.NOTIFICATIONS);
            AtomicInteger writing = new AtomicInteger(2);
            List<Future<List<String>>> writers = new ArrayList<>();
            for (Api node : List.of(nodeA, nodeB)) {
                String employee = node == nodeA ? "alice" : "carol";
                String token = node.login(employee);
                writers.add(threads.submit(() -> {
                    try {
                        List<String> requests = new ArrayList<>();
                        for (int i = 0; i < REQUESTS_PER_WRITER; i++) {
                            requests.add(node.asksForADayOff(token));
                        }
                        return requests;
                    } finally {
                        writing.decrementAndGet();
                    }
                }));
            }
            List<String> caughtUp = new ArrayList<>();
            for (int page = 0; ; page++) {
                boolean done = writing.get() == 0;
                Api reader = page % 2 == 0 ? nodeA : nodeB;
                List<String> newer = cursor == null ? reader.allNotificationIds(bob) : reader.notificationIdsAfter(bob, cursor);
                caughtUp.addAll(newer);
                if (!newer.isEmpty()) {
                    cursor = newer.get(newer.size() - 1);
                } else if (done) {
                    break;
                }
            }
            int written = 0;
            for (Future<List<String>> writer : writers) {
                written += writer.get(5, TimeUnit.MINUTES).size();
            }

            assertThat(caughtUp).as("caught up in feed order, once each").hasSize(written).doesNotHaveDuplicates()
                    .isSorted();
            for (StompFrameClient session : List.of(bobOnA, bobOnB)) {
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                        assertThat(session.liveNotificationIds()).containsAll(caughtUp));
            }
            Map<String, Object> unread = Api.json(nodeB.call("GET", "/api/notifications/unread-count", bob, null), 200);
            Map<String, Object> sameOnA = Api.json(nodeA.call("GET", "/api/notifications/unread-count", bob, null), 200);
            assertThat(unread).isEqualTo(sameOnA);
        }
    }

    /** Runs the calls on their own threads at the same moment and returns their answers, in order. */
    private static List<Api.Response> atOnce(List<Callable<Api.Response>> calls) throws Exception {
        CyclicBarrier start = new CyclicBarrier(calls.size());
        List<Future<Api.Response>> futures = new ArrayList<>();
        for (Callable<Api.Response> call : calls) {
            futures.add(threads.submit(() -> {
                start.await();
                return call.call();
            }));
        }
        List<Api.Response> answers = new ArrayList<>();
        for (Future<Api.Response> future : futures) {
            answers.add(future.get(1, TimeUnit.MINUTES));
        }
        return answers;
    }
}
