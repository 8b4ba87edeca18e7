package org.leavenotify.adapter.websocket;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.leavenotify.testsupport.StompFrame;
import org.leavenotify.testsupport.StompFrameClient;
import org.leavenotify.testsupport.StompTestClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leavenotify.application.demo.DemoOrganisation.ALICE;
import static org.leavenotify.application.demo.DemoOrganisation.BOB;
import static org.leavenotify.application.demo.DemoOrganisation.CAROL;
import static org.leavenotify.application.demo.DemoOrganisation.HANA;

/**
 * The limits on one client (leavenotify.limits.*), set low here: 3 sessions per user, 6 subscriptions
 * per session, and a frame bucket of 20 that refills by 1 an hour, so that nothing refills during a test
 * and every count below is exact.
 */
@TestPropertySource(properties = {
        "leavenotify.limits.sessions-per-user=3",
        "leavenotify.limits.subscriptions-per-session=6",
        "leavenotify.limits.stomp-frames.burst=20",
        "leavenotify.limits.stomp-frames.refill=1",
        "leavenotify.limits.stomp-frames.refill-period=1h",
        "leavenotify.limits.stomp-frames.refused-before-close=3",
        "leavenotify.limits.stomp-frames.refused-window=1h"})
class StompLimitsTest extends StompIntegrationTest {

    private static final String ERRORS = "/user/queue/errors";

    @Test
    void aUserMayHaveThreeSessionsAndTheFourthConnectIsRefusedSayingSo() {
        List<StompTestClient.Session> open = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            open.add(connectAs(BOB));
        }

        var fourth = stomp.open(tokenFor(BOB));

        assertThat(fourth.awaitError()).startsWith("TOO_MANY_SESSIONS: at most 3 sessions per user");
        fourth.awaitClosed();
        open.forEach(StompTestClient.Session::assertOpen);
    }

    @Test
    void closingASessionLetsTheUserOpenAnotherOne() {
        List<StompTestClient.Session> open = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            open.add(connectAs(HANA));
        }
        open.get(0).disconnect();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(StompTestClient.TIMEOUT_SECONDS))
                .until(() -> presence.sessionCount(HANA) == 2);

        var again = connectAs(HANA);

        again.assertOpen();
    }

    @Test
    void framesBeyondTheBurstAreDroppedAndAnsweredWith429AndTheSessionStaysOpen() throws Exception {
        try (var raw = StompFrameClient.open(port)) {
            raw.sendFrame("CONNECT", "accept-version:1.2", "host:localhost", "Authorization:Bearer " + tokenFor(ALICE));
            raw.nextCommand("CONNECTED");
            raw.sendFrame("SUBSCRIBE", "id:errors", "destination:" + ERRORS, "receipt:r-0");
            raw.nextCommand("RECEIPT");
            for (int i = 1; i < 20; i++) {
                raw.sendFrame("SEND", "destination:/app/notifications/mark-all-read", "receipt:r-" + i);
                assertThat(raw.nextCommand("RECEIPT").header("receipt-id")).isEqualTo("r-" + i);
            }

            raw.sendFrame("SEND", "destination:/app/notifications/mark-all-read", "receipt:r-dropped");

            StompFrame reply = raw.nextCommand("MESSAGE");
            assertThat(reply.header("destination")).isEqualTo(ERRORS);
            assertThat(reply.body()).contains("\"destination\":\"/app/notifications/mark-all-read\"").contains("\"status\":429")
                    .contains("too many frames: at most 20 at once, then 1 per 1h");
            raw.sendFrame("UNSUBSCRIBE", "id:errors");
            raw.sendFrame("DISCONNECT", "receipt:r-bye");
            assertThat(raw.pending()).noneMatch(frame -> "r-dropped".equals(frame.header("receipt-id")));
        }
    }

    @Test
    void aSessionThatGoesOnSendingIsClosedWithAnErrorSayingSo() throws Exception {
        try (var raw = StompFrameClient.open(port)) {
            raw.sendFrame("CONNECT", "accept-version:1.2", "host:localhost", "Authorization:Bearer " + tokenFor(CAROL));
            raw.nextCommand("CONNECTED");

            for (int i = 0; i < 24; i++) {
                raw.sendFrame("SEND", "destination:/app/notifications/mark-all-read");
            }

            assertThat(raw.nextCommand("ERROR").header("message")).isEqualTo("RATE_LIMITED: this session went on sending "
                    + "frames faster than 1 per 1h; it is closed");
            raw.awaitClosed();
        }
    }

    @Test
    void aSubscriptionBeyondTheCapClosesTheSession() throws Exception {
        try (var raw = StompFrameClient.open(port)) {
            raw.sendFrame("CONNECT", "accept-version:1.2", "host:localhost", "Authorization:Bearer " + tokenFor(ALICE));
            raw.nextCommand("CONNECTED");
            for (int i = 0; i < 6; i++) {
                raw.sendFrame("SUBSCRIBE", "id:s-" + i, "destination:/user/queue/notifications", "receipt:r-" + i);
                raw.nextCommand("RECEIPT");
            }

            raw.sendFrame("SUBSCRIBE", "id:s-6", "destination:/user/queue/notifications", "receipt:r-6");

            StompFrame error = raw.nextCommand("ERROR");
            assertThat(error.header("receipt-id")).isEqualTo("r-6");
            assertThat(error.header("message")).isEqualTo("TOO_MANY_SUBSCRIPTIONS: at most 6 subscriptions per session");
            raw.awaitClosed();
        }
    }

    @Test
    void unsubscribingFreesItsPlace() throws Exception {
        try (var raw = StompFrameClient.open(port)) {
            raw.sendFrame("CONNECT", "accept-version:1.2", "host:localhost", "Authorization:Bearer " + tokenFor(CAROL));
            raw.nextCommand("CONNECTED");
            for (int i = 0; i < 6; i++) {
                raw.sendFrame("SUBSCRIBE", "id:s-" + i, "destination:/user/queue/notifications", "receipt:r-" + i);
                raw.nextCommand("RECEIPT");
            }
            raw.sendFrame("UNSUBSCRIBE", "id:s-0", "receipt:r-unsubscribe");
            raw.nextCommand("RECEIPT");

            raw.sendFrame("SUBSCRIBE", "id:s-6", "destination:/user/queue/notifications", "receipt:r-6");

            assertThat(raw.nextCommand("RECEIPT").header("receipt-id")).isEqualTo("r-6");
        }
    }

    @Test
    void aSubscriptionIdAlreadyInUseIsRefusedAndTheSessionClosed() throws Exception {
        try (var raw = StompFrameClient.open(port)) {
            raw.sendFrame("CONNECT", "accept-version:1.2", "host:localhost", "Authorization:Bearer " + tokenFor(ALICE));
            raw.nextCommand("CONNECTED");
            raw.sendFrame("SUBSCRIBE", "id:same", "destination:/user/queue/notifications", "receipt:r-1");
            raw.nextCommand("RECEIPT");

            raw.sendFrame("SUBSCRIBE", "id:same", "destination:/user/queue/errors", "receipt:r-2");

            StompFrame error = raw.nextCommand("ERROR");
            assertThat(error.header("receipt-id")).isEqualTo("r-2");
            assertThat(error.header("message")).isEqualTo(
                    "DUPLICATE_SUBSCRIPTION: the subscription id same is already in use on this session");
            raw.awaitClosed();
        }
    }
}
