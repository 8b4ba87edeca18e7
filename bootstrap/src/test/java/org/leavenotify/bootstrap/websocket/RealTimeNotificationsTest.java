package org.leavenotify.bootstrap.websocket;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leavenotify.bootstrap.LeaveNotifyApplication;
import org.leavenotify.bootstrap.web.HttpApi;
import org.leavenotify.testsupport.StompTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The assembled application, as a browser uses it: tokens from {@code POST /api/auth/login}, leave
 * actions over REST, notifications over STOMP. Same application settings as the web full-stack tests, so
 * that both share one running application; requests here fall on Thursdays, theirs on Wednesdays.
 */
@SpringBootTest(classes = LeaveNotifyApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"leavenotify.store=mongodb",
                "leavenotify.embedded-store.data-dir=target/web-test-data/${random.uuid}"})
class RealTimeNotificationsTest {

    private static final String NOTIFICATIONS = "/user/queue/notifications";
    private static final String UNREAD_COUNT = "/user/queue/notifications/unread-count";
    private static final String LIST = "/user/queue/notifications/list";
    private static final Set<MonthDay> DEMO_HOLIDAYS = Set.of(MonthDay.of(1, 1), MonthDay.of(5, 1),
            MonthDay.of(12, 25), MonthDay.of(12, 26));

    @LocalServerPort
    int port;

    private StompTestClient stomp;
    private HttpApi api;

    @BeforeEach
    void openClient() {
        stomp = new StompTestClient(port);
        api = new HttpApi(port);
    }

    @AfterEach
    void closeClient() {
        stomp.close();
    }

    @Test
    void bobIsToldOnBothOfHisSessionsWhenAliceAsksForLeaveAndAliceWhenHeApproves() {
        String alice = api.logIn("alice");
        String bob = api.logIn("bob");
        var bobsPhone = stomp.connect(bob);
        var bobsLaptop = stomp.connect(bob);
        var alicesBrowser = stomp.connect(alice);
        for (var session : List.of(bobsPhone, bobsLaptop)) {
            session.subscribe(NOTIFICATIONS);
            session.subscribe(UNREAD_COUNT);
        }
        alicesBrowser.subscribe(NOTIFICATIONS);

        String requestId = asksForLeave(alice, aThursday(71));

        for (var session : List.of(bobsPhone, bobsLaptop)) {
            JsonNode notification = session.nextFrame(NOTIFICATIONS).json();
            assertThat(notification.get("type").asString()).isEqualTo("LEAVE_REQUEST_SUBMITTED");
            assertThat(notification.get("leaveRequestId").asString()).isEqualTo(requestId);
            assertThat(notification.get("actor").get("displayName").asString()).isEqualTo("Alice Archer");
            assertThat(session.nextFrame(UNREAD_COUNT).json().get("unreadCount").asLong())
                    .isEqualTo(api.get("/api/notifications/unread-count", bob).ok()
                            .get("unreadCount").asLong());
        }

        api.post("/api/leave-requests/" + requestId + "/approve", bob, "{\"comment\": \"Enjoy\"}").ok();

        JsonNode approved = alicesBrowser.nextFrame(NOTIFICATIONS).json();
        assertThat(approved.get("type").asString()).isEqualTo("LEAVE_REQUEST_APPROVED");
        assertThat(approved.get("leaveRequestId").asString()).isEqualTo(requestId);
    }

    @Test
    void aNotificationReadsTheSameOverStompAsOverRest() {
        String carol = api.logIn("carol");
        String bob = api.logIn("bob");
        var bobsBrowser = stomp.connect(bob);
        bobsBrowser.subscribe(NOTIFICATIONS);

        asksForLeave(carol, aThursday(72));

        JsonNode pushed = bobsBrowser.nextFrame(NOTIFICATIONS).json();
        JsonNode listed = api.get("/api/notifications?limit=100", bob).ok().get("items").valueStream()
                .filter(item -> item.get("id").asString().equals(pushed.get("id").asString()))
                .findFirst().orElseThrow();
        assertThat(pushed).isEqualTo(listed);
    }

    @Test
    void aClientThatReconnectsCatchesUpWithTheNewestIdItHeld() {
        String alice = api.logIn("alice");
        String bob = api.logIn("bob");
        var before = stomp.connect(bob);
        before.subscribe(NOTIFICATIONS);
        asksForLeave(alice, aThursday(73));
        String newestHeld = before.nextFrame(NOTIFICATIONS).json().get("id").asString();
        String missed = asksForLeave(alice, aThursday(74));

        var after = stomp.connect(bob);
        after.subscribe(NOTIFICATIONS);
        after.subscribe(LIST);
        after.send("/app/notifications", "{\"after\": \"" + newestHeld + "\", \"limit\": 100}");

        JsonNode page = after.nextFrame(LIST).json();
        assertThat(page.get("items").valueStream().map(item -> item.get("leaveRequestId").asString()))
                .contains(missed);
        assertThat(page.get("items").get(0).get("id").asString()).isGreaterThan(newestHeld);
    }

    @Test
    void markingReadOverStompChangesWhatRestReports() {
        String hana = api.logIn("hana");
        String bob = api.logIn("bob");
        asksForLeave(bob, aThursday(75));
        var hanasBrowser = stomp.connect(hana);
        hanasBrowser.subscribe(UNREAD_COUNT);

        hanasBrowser.send("/app/notifications/mark-all-read", "{}");

        assertThat(hanasBrowser.nextFrame(UNREAD_COUNT).json().get("unreadCount").asLong()).isZero();
        assertThat(api.get("/api/notifications/unread-count", hana).ok().get("unreadCount").asLong())
                .isZero();
    }

    @Test
    void aPageLongerThanTheServersWebSocketBufferArrivesWhole() {
        String bob = api.logIn("bob");
        String hana = api.logIn("hana");
        for (int week = 90; week < 94; week++) {
            asksForLeave(bob, aThursday(week));
        }
        var hanasBrowser = stomp.connect(hana);
        hanasBrowser.subscribe(LIST);

        hanasBrowser.send("/app/notifications", "{\"limit\": 100}");

        JsonNode page = hanasBrowser.nextFrame(LIST).json();
        // over the 1 KB WebSocket buffer (leavenotify.connections.websocket-buffer-size): sent in several frames
        assertThat(page.toString().length()).isGreaterThan(1024);
        assertThat(page.get("items").size()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void aTokenWithATamperedSignatureIsRefused() {
        String token = api.logIn("alice");
        int signature = token.lastIndexOf('.') + 1;
        char changed = token.charAt(signature) == 'A' ? 'B' : 'A';
        String forged = token.substring(0, signature) + changed + token.substring(signature + 1);

        var session = stomp.open(forged);

        assertThat(session.awaitError()).startsWith("BAD_SIGNATURE: ");
        session.awaitClosed();
    }

    @Test
    void anUnsignedTokenIsRefused() {
        String token = api.logIn("alice");
        String claims = token.split("\\.")[1];
        String header = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));

        var session = stomp.open(header + "." + claims + ".");

        assertThat(session.awaitError()).startsWith("UNSIGNED_TOKEN: ");
        session.awaitClosed();
    }

    @Test
    void somethingThatIsNotATokenIsRefusedAsMalformed() {
        var session = stomp.open("not-a-jwt");

        assertThat(session.awaitError()).startsWith("MALFORMED_TOKEN: ");
        session.awaitClosed();
    }

    private String asksForLeave(String token, LocalDate day) {
        return api.post("/api/leave-requests", token, """
                {"type": "UNPAID", "startDate": "%s", "endDate": "%s", "reason": "a day off"}
                """.formatted(day, day)).ok().get("id").asString();
    }

    /** A Thursday at least {@code weeksAhead} weeks away that is not a demo holiday: a working day. */
    private static LocalDate aThursday(int weeksAhead) {
        LocalDate day = LocalDate.now(ZoneOffset.UTC).plusWeeks(weeksAhead)
                .with(TemporalAdjusters.next(DayOfWeek.THURSDAY));
        while (DEMO_HOLIDAYS.contains(MonthDay.from(day))) {
            day = day.plusWeeks(1);
        }
        return day;
    }
}
