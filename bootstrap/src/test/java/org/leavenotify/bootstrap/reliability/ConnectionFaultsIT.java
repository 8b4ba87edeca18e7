package org.leavenotify.bootstrap.reliability;

import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leavenotify.testsupport.StompFrameClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Faults of the connections rather than of the server, against the packaged application: a reconnect
 * storm while events flow, and a consumer that stops reading. The application runs with more sessions
 * per user than the default (the four demo users hold all the storm's sessions), a frame rate that lets
 * the slow consumer ask for a lot, and small send limits (64 KB, 2 s) so that it is closed quickly.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConnectionFaultsIT {

    /** Short form 200, long form {@code -Dfaults.clients=1000}. */
    private static final int CLIENTS = Integer.getInteger("faults.clients", 200);
    private static final int STORMS = Integer.getInteger("faults.storms", 2);
    private static final Map<String, String> MANAGER_OF = Map.of("alice", "bob", "carol", "bob", "bob", "hana");
    private static final List<String> USERS = List.of("alice", "carol", "bob", "hana");

    @TempDir
    static Path work;

    private static ApplicationProcess app;
    private static Api api;
    private static Map<String, String> tokens;
    private static final AtomicInteger NEXT_DAY = new AtomicInteger();
    private static final List<LocalDate> DAYS = LeaveRounds.workingDays(2000);

    @BeforeAll
    static void startTheApplication() {
        app = new ApplicationProcess(work, List.of("--leavenotify.limits.sessions-per-user=" + (CLIENTS * 2),
                "--leavenotify.limits.stomp-frames.burst=1000", "--leavenotify.limits.stomp-frames.refill=1000",
                "--leavenotify.websocket.send-buffer-size-limit=64KB", "--leavenotify.websocket.send-time-limit=2s",
                // every client is 127.0.0.1, and the storm reconnects all of them at once
                "--leavenotify.limits.connections.unauthenticated-per-address=" + (CLIENTS * 2),
                // Spring logs why it closed a session with 1002 at debug only (off in production: it prints
                // a CONNECT's headers); the logs kept in target/application-logs then say what happened
                "--logging.level.org.springframework.web.socket.messaging.StompSubProtocolHandler=debug"));
        app.start();
        api = new Api(HttpClient.newHttpClient(), app.port());
        tokens = new LinkedHashMap<>();
        USERS.forEach(user -> tokens.put(user, api.logIn(user)));
    }

    @AfterAll
    static void stopTheApplication() {
        app.close();
    }

    @Test
    @Order(1)
    void clientsThatAllDropAndReconnectAtOnceWhileEventsFlowMissNothingAndHoldNothingTwice() throws Exception {
        List<Device> devices = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            devices.add(new Device(USERS.get(i % USERS.size())));
        }
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        everyOne(pool, devices, device -> device.goOnline(api.http(), app.port(), tokens.get(device.user())));

        AtomicBoolean flowing = new AtomicBoolean(true);
        AtomicInteger rounds = new AtomicInteger();
        ExecutorService driver = Executors.newSingleThreadExecutor();
        Future<?> traffic = driver.submit(() -> {
            while (flowing.get()) {
                playARound(rounds.getAndIncrement());
            }
        });

        long worstSpreadMillis = 0;
        for (int storm = 0; storm < STORMS; storm++) {
            int before = rounds.get();
            await().atMost(Duration.ofMinutes(2)).until(() -> rounds.get() >= before + 10);
            long dropped = System.nanoTime();
            devices.forEach(Device::drop);
            long[] lastStart = {0};
            everyOne(pool, devices, device -> {
                synchronized (lastStart) {
                    lastStart[0] = Math.max(lastStart[0], System.nanoTime());
                }
                device.goOnline(api.http(), app.port(), tokens.get(device.user()));
            });
            worstSpreadMillis = Math.max(worstSpreadMillis, (lastStart[0] - dropped) / 1_000_000);
        }
        int before = rounds.get();
        await().atMost(Duration.ofMinutes(2)).until(() -> rounds.get() >= before + 10);
        flowing.set(false);
        traffic.get(2, TimeUnit.MINUTES);
        driver.shutdown();

        Map<String, Set<String>> expected = LeaveRounds.expectedNotifications(api, tokens, MANAGER_OF);
        int wireDuplicates = 0;
        int notifications = 0;
        for (String user : USERS) {
            Set<String> wanted = expected.getOrDefault(user, Set.of());
            List<JsonNode> stored = CrashRecoveryIT.awaitStored(api, tokens.get(user), wanted.size());
            List<String> keys = LeaveRounds.storedKeys(stored);
            assertThat(new HashSet<>(keys)).as(user + "'s notifications").isEqualTo(wanted);
            assertThat(keys).doesNotHaveDuplicates();
            List<String> ids = LeaveRounds.ids(stored);
            notifications += ids.size();
            for (Device device : devices) {
                if (device.user().equals(user)) {
                    assertThat(device.awaitHolding(device.toHold(ids), Duration.ofSeconds(60)))
                            .as("a device of " + user + " holds every one, in order, once").isEqualTo(device.toHold(ids));
                    wireDuplicates += device.wireDuplicates();
                }
            }
        }
        devices.forEach(Device::close);
        pool.shutdown();
        System.out.println("FAULT-FIGURES storm: clients=" + CLIENTS + " users=" + USERS.size() + " storms=" + STORMS
                + " reconnects=" + CLIENTS * STORMS + " rounds=" + rounds.get() + " notifications=" + notifications
                + " lost=0 duplicated=0 wire-duplicates-dropped-by-id=" + wireDuplicates
                + " worst-drop-to-last-reconnect-ms=" + worstSpreadMillis);
    }

    @Test
    @Order(2)
    void aConsumerThatStopsReadingIsClosedAtTheSendLimitsAndTheOthersKeepReceiving() throws Exception {
        for (int i = 0; i < 100; i++) {
            playARound(0);
        }
        Device canary = new Device("alice");
        canary.goOnline(api.http(), app.port(), tokens.get("alice"));
        // Bob's other device asks for no page: none of the slow session's pages may land here
        StompFrameClient bobsOtherDevice = StompFrameClient.connect(api.http(), app.port(), tokens.get("bob"));
        bobsOtherDevice.subscribe("l", "/user/queue/notifications/list");
        Prometheus before = scrape();

        try (Socket slow = new Socket()) {
            slow.setReceiveBufferSize(4096);
            slow.connect(new java.net.InetSocketAddress("127.0.0.1", app.port()));
            var out = slow.getOutputStream();
            out.write(("GET /ws HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            frame(out, "CONNECT\naccept-version:1.2\nhost:x\nheart-beat:0,0\nAuthorization:Bearer " + tokens.get("bob")
                    + "\n\n\0");
            frame(out, "SUBSCRIBE\nid:l\ndestination:/user/queue/notifications/list\n\n\0");
            frame(out, "SUBSCRIBE\nid:n\ndestination:/user/queue/notifications\n\n\0");
            for (int i = 0; i < 150; i++) {
                frame(out, "SEND\ndestination:/app/notifications\ncontent-type:application/json\n\n{\"limit\": 100}\0");
            }
            // from here on Bob's session reads nothing, while Alice's is told of every decision
            int told = 0;
            long worstMicros = 0;
            while (scrape().value("leavenotify_limits_violations_total", "limit=\"send-limits\"")
                    <= before.value("leavenotify_limits_violations_total", "limit=\"send-limits\"")) {
                assertThat(told).as("rounds before the slow consumer was closed").isLessThan(500);
                int held = canary.heldIds().size();
                long start = System.nanoTime();
                playARound(0);
                assertThat(canary.awaitHoldingMoreThan(held, Duration.ofSeconds(30))).isGreaterThan(held);
                worstMicros = Math.max(worstMicros, (System.nanoTime() - start) / 1000);
                told++;
            }
            for (int i = 0; i < 5; i++) {
                int held = canary.heldIds().size();
                playARound(0);
                assertThat(canary.awaitHoldingMoreThan(held, Duration.ofSeconds(30))).isGreaterThan(held);
                told++;
            }
            assertThat(canary.isOpen()).isTrue();
            assertThat(bobsOtherDevice.pending()).as("pages Bob's other device never asked for")
                    .noneMatch(frame -> "/user/queue/notifications/list".equals(frame.header("destination")));
            System.out.println("FAULT-FIGURES slow-consumer: closed-at-send-limits=yes canary-rounds=" + told
                    + " canary-worst-round-us=" + worstMicros);
        } finally {
            canary.close();
            bobsOtherDevice.close();
        }
        assertThat(app.log()).contains("Limit exceeded: limit=send-limits action=closed user=bob");
    }

    // ---------------------------------------------------------------------------------------------------

    /**
     * One employee asks for a day (a day nobody asked for yet) and the manager decides: Alice and Carol to
     * Bob, Bob to Hana, in turn.
     */
    private static void playARound(int round) {
        String employee = List.of("alice", "carol", "bob").get(Math.floorMod(round, 3));
        LeaveRounds.play(api, tokens.get(employee), tokens.get(MANAGER_OF.get(employee)),
                DAYS.get(NEXT_DAY.getAndIncrement()),
                round % 3 == 0, () -> {
                    throw new IllegalStateException("the application failed a leave action");
                });
    }

    private static Prometheus scrape() {
        return new Prometheus(api.get("/actuator/prometheus", tokens.get("hana")).ok().body());
    }

    private static void everyOne(ExecutorService pool, List<Device> devices, java.util.function.Consumer<Device> action)
            throws Exception {
        List<Future<?>> all = new ArrayList<>();
        for (Device device : devices) {
            all.add(pool.submit(() -> action.accept(device)));
        }
        for (Future<?> one : all) {
            one.get(2, TimeUnit.MINUTES);
        }
    }

    /** A masked text frame, written by hand: this client never reads. */
    private static void frame(java.io.OutputStream out, String text) throws IOException {
        byte[] payload = text.getBytes(StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream frame = new java.io.ByteArrayOutputStream();
        frame.write(0x81);
        if (payload.length < 126) {
            frame.write(0x80 | payload.length);
        } else {
            frame.write(0x80 | 126);
            frame.write(payload.length >>> 8);
            frame.write(payload.length & 0xff);
        }
        frame.write(new byte[] {0, 0, 0, 0});
        frame.write(payload);
        out.write(frame.toByteArray());
        out.flush();
    }
}
