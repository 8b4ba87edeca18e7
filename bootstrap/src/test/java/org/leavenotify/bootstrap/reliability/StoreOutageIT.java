package org.leavenotify.bootstrap.reliability;

import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leavenotify.testsupport.StompFrameClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The store becomes unreachable for 10 seconds while the packaged application serves (its MongoDB is a
 * MongoDB-compatible server reached through a proxy that the test cuts): every leave action meanwhile is
 * answered 503 with Retry-After and leaves nothing half done, readiness reports the outage, a STOMP
 * CONNECT is answered SERVICE_UNAVAILABLE (and its token is not logged), and once the store is back
 * the application carries on by itself: actions succeed and every notification exists exactly once.
 * Long form: {@code -Dfaults.outage-seconds=60}.
 */
class StoreOutageIT {

    private static final Duration OUTAGE = Duration.ofSeconds(Integer.getInteger("faults.outage-seconds", 10));
    private static final Map<String, String> MANAGER_OF = Map.of("alice", "bob");

    @TempDir
    Path work;

    @Test
    void whileTheStoreIsUnreachableActionsGet503AndNothingHalfDoneAndAfterwardsEverythingRecovers() throws Exception {
        MongoServer mongo = new MongoServer(new MemoryBackend());
        mongo.bind("127.0.0.1", 0);
        InetSocketAddress store = mongo.getLocalAddress();
        try (TcpProxy proxy = new TcpProxy(store.getPort());
             ApplicationProcess app = new ApplicationProcess(work, List.of(
                     "--spring.mongodb.uri=mongodb://127.0.0.1:" + proxy.port() + "/leavenotify",
                     "--leavenotify.demo.enabled=true"))) {
            app.start();
            Api api = new Api(HttpClient.newHttpClient(), app.port());
            Map<String, String> tokens = Map.of("alice", api.logIn("alice"), "bob", api.logIn("bob"));
            Device bobsPhone = new Device("bob");
            bobsPhone.goOnline(api.http(), app.port(), tokens.get("bob"));
            List<LocalDate> days = LeaveRounds.workingDays(400);
            int day = 0;
            for (int i = 0; i < 5; i++) {
                LeaveRounds.play(api, tokens.get("alice"), tokens.get("bob"), days.get(day++), false, () -> {
                    throw new IllegalStateException("a leave action failed before the outage");
                });
            }

            proxy.cut();
            long cutAt = System.nanoTime();
            Map<Integer, Integer> answers = new TreeMap<>();
            List<LocalDate> refused = new ArrayList<>();
            boolean readinessDown = false;
            String stompAnswer = null;
            while (System.nanoTime() - cutAt < OUTAGE.toNanos()) {
                LocalDate asked = days.get(day++);
                Api.Answer answer = api.post("/api/leave-requests", tokens.get("alice"), "{\"type\": \"UNPAID\", "
                        + "\"startDate\": \"" + asked + "\", \"endDate\": \"" + asked + "\", \"reason\": \"outage\"}");
                answers.merge(answer.status(), 1, Integer::sum);
                if (answer.status() == 503) {
                    assertThat(answer.headers().firstValue("Retry-After")).isPresent();
                    assertThat(answer.body()).contains("StoreUnavailable");
                    refused.add(asked);
                }
                readinessDown |= api.get("/actuator/health/readiness", null).status() == 503;
                if (stompAnswer == null) {
                    try (StompFrameClient refusedSession = StompFrameClient.connecting(api.http(), app.port(), tokens.get("alice"))) {
                        stompAnswer = refusedSession.next(frame -> frame.command().equals("ERROR")
                                || frame.command().equals("CONNECTED")).toString();
                    }
                }
            }
            proxy.restore();
            long restoredAt = System.nanoTime();

            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                    .until(() -> api.get("/actuator/health/readiness", null).status() == 200);
            long recoveredMillis = (System.nanoTime() - restoredAt) / 1_000_000;
            for (int i = 0; i < 5; i++) {
                LeaveRounds.play(api, tokens.get("alice"), tokens.get("bob"), days.get(day++), i % 2 == 0, () -> {
                    throw new IllegalStateException("a leave action failed after the store came back");
                });
            }

            assertThat(answers.keySet()).as("answers during the outage").containsOnly(503);
            assertThat(readinessDown).as("readiness reported the outage").isTrue();
            assertThat(stompAnswer).contains("SERVICE_UNAVAILABLE");
            Set<String> requestedDays = new HashSet<>();
            for (JsonNode request : api.get("/api/leave-requests/mine", tokens.get("alice")).ok().json()) {
                requestedDays.add(request.get("startDate").asString());
            }
            int halfDone = 0;
            for (LocalDate asked : refused) {
                halfDone += requestedDays.contains(asked.toString()) ? 1 : 0;
            }
            Map<String, Set<String>> expected = LeaveRounds.expectedNotifications(api, tokens, MANAGER_OF);
            int notifications = 0;
            for (String user : List.of("alice", "bob")) {
                Set<String> wanted = expected.getOrDefault(user, Set.of());
                List<JsonNode> stored = CrashRecoveryIT.awaitStored(api, tokens.get(user), wanted.size());
                List<String> keys = LeaveRounds.storedKeys(stored);
                assertThat(new HashSet<>(keys)).as(user + "'s notifications").isEqualTo(wanted);
                assertThat(keys).doesNotHaveDuplicates();
                notifications += keys.size();
                if (user.equals("bob")) {
                    List<String> ids = bobsPhone.toHold(LeaveRounds.ids(stored));
                    assertThat(bobsPhone.awaitHolding(ids, Duration.ofSeconds(60))).isEqualTo(ids);
                }
            }
            assertThat(app.log()).as("the token of the CONNECT refused during the outage")
                    .doesNotContain(tokens.get("alice")).doesNotContain(tokens.get("bob"));
            bobsPhone.close();
            System.out.println("FAULT-FIGURES outage: seconds=" + OUTAGE.toSeconds() + " actions-during=" + refused.size()
                    + " answers=" + answers + " stored-although-refused=" + halfDone + " ready-again-ms-after-restore="
                    + recoveredMillis + " notifications=" + notifications + " lost=0 duplicated=0");
        } finally {
            mongo.shutdownNow();
        }
    }
}
