package org.leavenotify.bootstrap.reliability;

import java.net.http.HttpClient;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leavenotify.bootstrap.LeaveNotifyApplication;
import org.leavenotify.testsupport.StompFrameClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Each of the application's own metrics, read at {@code /actuator/prometheus} as an operator's Prometheus
 * would (with an HR_ADMIN token), moves when its event happens. Requests here fall on Fridays, so that
 * they never overlap those of the other full-application tests sharing this application.
 */
@SpringBootTest(classes = LeaveNotifyApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"leavenotify.store=mongodb",
                "leavenotify.embedded-store.data-dir=target/web-test-data/${random.uuid}",
                // no refill within a test: 55 frames go beyond the burst of 50 however slowly they are sent
                "leavenotify.limits.stomp-frames.refill-period=1h"})
class MetricsMoveTest {

    @LocalServerPort
    int port;

    private Api api;
    private String hana;

    @BeforeEach
    void logIn() {
        api = new Api(HttpClient.newHttpClient(), port);
        hana = api.logIn("hana");
    }

    @Test
    void thePrometheusEndpointNeedsTheHrAdminRole() {
        assertThat(api.get("/actuator/prometheus", null).status()).isEqualTo(401);
        assertThat(api.get("/actuator/prometheus", api.logIn("alice")).status()).isEqualTo(403);
        Prometheus scrape = scrape();
        assertThat(scrape.value("leavenotify_stomp_broker_available")).isEqualTo(1.0);
        assertThat(scrape.has("leavenotify_outbox_backlog")).isTrue();
        assertThat(scrape.has("leavenotify_outbox_oldest_age_seconds")).isTrue();
    }

    @Test
    void connectingMovesSessionsAndUsersAndANotificationMovesStoredPushedAndTheLatencyTimer() {
        String alice = api.logIn("alice");
        String bob = api.logIn("bob");
        Prometheus before = scrape();
        try (StompFrameClient bobsPhone = StompFrameClient.connect(api.http(), port, bob);
             StompFrameClient bobsLaptop = StompFrameClient.connect(api.http(), port, bob)) {
            bobsPhone.subscribe("n", "/user/queue/notifications");
            Prometheus connected = scrape();
            assertThat(connected.value("leavenotify_stomp_sessions") - before.value("leavenotify_stomp_sessions"))
                    .isEqualTo(2);
            assertThat(connected.value("leavenotify_stomp_users") - before.value("leavenotify_stomp_users"))
                    .isEqualTo(1);

            api.askForADay(alice, aFriday(83));
            bobsPhone.next(frame -> frame.command().equals("MESSAGE")
                    && "/user/queue/notifications".equals(frame.header("destination")));

            Prometheus after = scrape();
            assertThat(moved(before, after, "leavenotify_notifications_stored_total")).isEqualTo(1);
            assertThat(moved(before, after, "leavenotify_notifications_pushed_total")).isEqualTo(1);
            assertThat(moved(before, after, "leavenotify_notifications_push_latency_seconds_count")).isEqualTo(1);
            assertThat(moved(before, after, "leavenotify_notifications_push_latency_seconds_bucket", "le=\"+Inf\""))
                    .as("the histogram that percentiles are computed from").isEqualTo(1);
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(scrape().value("leavenotify_stomp_sessions")).isEqualTo(before.value("leavenotify_stomp_sessions")));
    }

    @Test
    void refusedLoginsTokensAndDestinationsAreCountedByChannelAndReason() {
        String alice = api.logIn("alice");
        String forged = alice.substring(0, alice.length() - 3) + (alice.endsWith("AAA") ? "BBB" : "AAA");
        Prometheus before = scrape();

        api.logIn("carol", "not her password");
        api.get("/api/notifications", forged);
        try (StompFrameClient refused = StompFrameClient.connecting(api.http(), port, forged)) {
            refused.nextCommand("ERROR");
        }
        try (StompFrameClient session = StompFrameClient.connect(api.http(), port, alice)) {
            session.send("SUBSCRIBE\nid:t\ndestination:/topic/everything\n\n\0");
            session.nextCommand("ERROR");
        }

        Prometheus after = scrape();
        String failures = "leavenotify_auth_failures_total";
        assertThat(moved(before, after, failures, "channel=\"login\"", "reason=\"BAD_CREDENTIALS\"")).isEqualTo(1);
        assertThat(moved(before, after, failures, "channel=\"rest\"", "reason=\"BAD_SIGNATURE\"")).isEqualTo(1);
        assertThat(moved(before, after, failures, "channel=\"stomp\"", "reason=\"BAD_SIGNATURE\"")).isEqualTo(1);
        assertThat(moved(before, after, "leavenotify_stomp_refused_total", "command=\"SUBSCRIBE\"")).isEqualTo(1);
    }

    @Test
    void aSessionSendingBeyondItsBurstMovesTheLimitViolations() {
        String carol = api.logIn("carol");
        Prometheus before = scrape();
        try (StompFrameClient session = StompFrameClient.connect(api.http(), port, carol)) {
            session.subscribe("errors", "/user/queue/errors");
            for (int i = 0; i < 55; i++) {
                session.send("SEND\ndestination:/app/notifications/mark-all-read\n\n\0");
            }
            session.next(frame -> frame.command().equals("MESSAGE") && frame.body().contains("\"status\":429"));
        }

        Prometheus after = scrape();
        assertThat(moved(before, after, "leavenotify_limits_violations_total", "limit=\"stomp-frames\"",
                "action=\"refused\"")).isPositive();
    }

    private Prometheus scrape() {
        return new Prometheus(api.get("/actuator/prometheus", hana).ok().body());
    }

    private static double moved(Prometheus before, Prometheus after, String name, String... labels) {
        return after.value(name, labels) - before.value(name, labels);
    }

    private static LocalDate aFriday(int weeksAhead) {
        return LocalDate.now(ZoneOffset.UTC).plusWeeks(weeksAhead).with(TemporalAdjusters.next(DayOfWeek.FRIDAY));
    }

}
