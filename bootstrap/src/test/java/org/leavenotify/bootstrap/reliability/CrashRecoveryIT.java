package org.leavenotify.bootstrap.reliability;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The packaged application is killed with SIGKILL in the middle of a stream of leave decisions and
 * started again on the same data directory. Every notification the decisions call for must then exist
 * exactly once, and every recipient's device, reconnecting and catching up as the contract says, must
 * hold every one of them in order, with none twice. Short form: 200 decisions; long form:
 * {@code -Dfaults.decisions=1000}.
 */
class CrashRecoveryIT {

    private static final int DECISIONS = Integer.getInteger("faults.decisions", 200);
    private static final Map<String, String> MANAGER_OF = Map.of("alice", "bob", "carol", "bob");

    @TempDir
    Path work;

    @Test
    void killedInTheMiddleOfTheDecisionsAndRestartedNothingIsLostOrDoubledAndEveryDeviceCatchesUp() throws Exception {
        try (ApplicationProcess app = new ApplicationProcess(work, List.of())) {
            app.start();
            Api api = new Api(HttpClient.newHttpClient(), app.port());
            Map<String, String> tokens = Map.of("alice", api.logIn("alice"), "carol", api.logIn("carol"),
                    "bob", api.logIn("bob"));
            List<Device> devices = List.of(new Device("bob"), new Device("alice"), new Device("carol"));
            for (Device device : devices) {
                device.goOnline(api.http(), app.port(), tokens.get(device.user()));
            }

            List<LocalDate> days = LeaveRounds.workingDays(DECISIONS / 2);
            CountDownLatch halfWay = new CountDownLatch(DECISIONS / 2);
            CountDownLatch restarted = new CountDownLatch(1);
            AtomicInteger failures = new AtomicInteger();
            Runnable awaitRestart = () -> {
                failures.incrementAndGet();
                try {
                    restarted.await(3, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            };
            ExecutorService workers = Executors.newFixedThreadPool(2);
            List<Future<?>> done = new ArrayList<>();
            for (String employee : MANAGER_OF.keySet()) {
                done.add(workers.submit(() -> {
                    for (int i = 0; i < days.size(); i++) {
                        LeaveRounds.play(api, tokens.get(employee), tokens.get("bob"), days.get(i), i % 3 == 0,
                                awaitRestart);
                        halfWay.countDown();
                    }
                }));
            }

            assertThat(halfWay.await(5, TimeUnit.MINUTES)).as("half the decisions made").isTrue();
            app.kill();
            int decidedBeforeTheKill = DECISIONS / 2;
            devices.forEach(Device::drop);
            app.start();
            restarted.countDown();
            for (Device device : devices) {
                device.goOnline(api.http(), app.port(), tokens.get(device.user()));
            }
            for (Future<?> worker : done) {
                worker.get(10, TimeUnit.MINUTES);
            }
            workers.shutdown();

            Map<String, Set<String>> expected = LeaveRounds.expectedNotifications(api, tokens, MANAGER_OF);
            int total = 0;
            int wireDuplicates = 0;
            for (Device device : devices) {
                String user = device.user();
                Set<String> wanted = expected.getOrDefault(user, Set.of());
                List<JsonNode> stored = awaitStored(api, tokens.get(user), wanted.size());
                List<String> keys = LeaveRounds.storedKeys(stored);
                assertThat(new HashSet<>(keys)).as(user + "'s notifications, none missing").isEqualTo(wanted);
                assertThat(keys).as(user + "'s notifications, none twice").doesNotHaveDuplicates();
                List<String> ids = LeaveRounds.ids(stored);
                assertThat(device.awaitHolding(device.toHold(ids), Duration.ofSeconds(60)))
                        .as(user + "'s device holds every one, in order, once").isEqualTo(device.toHold(ids));
                total += ids.size();
                wireDuplicates += device.wireDuplicates();
            }
            assertThat(total).isEqualTo(DECISIONS * 2);
            System.out.println("FAULT-FIGURES crash: decisions=" + DECISIONS + " killed-after=" + decidedBeforeTheKill
                    + " calls-failed-by-the-kill=" + failures.get() + " notifications=" + total + " lost=0 duplicated=0"
                    + " devices=" + devices.size() + " wire-duplicates-dropped-by-id=" + wireDuplicates);
        }
    }

    /** The recipient's stored notifications once there are {@code count} (the sweep finishes what the kill left). */
    static List<JsonNode> awaitStored(Api api, String token, int count) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> api.allNotifications(token), stored -> stored.size() >= count);
    }
}
