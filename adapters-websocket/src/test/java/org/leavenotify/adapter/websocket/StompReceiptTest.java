package org.leavenotify.adapter.websocket;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.leavenotify.application.notification.port.out.PushNotificationPort;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leavenotify.application.demo.DemoOrganisation.ALICE;
import static org.leavenotify.application.demo.DemoOrganisation.CAROL;

/** Every client frame that asks for a RECEIPT gets one once the server has processed it. */
class StompReceiptTest extends StompIntegrationTest {

    @Autowired
    PushNotificationPort push;

    @Test
    void subscribeSendUnsubscribeAndDisconnectAreEachAnsweredWithTheirReceipt() throws Exception {
        try (var raw = new RawStompConnection(port)) {
            raw.send("CONNECT", "accept-version:1.2", "host:localhost", "Authorization:Bearer " + tokenFor(ALICE));
            raw.next("CONNECTED");

            raw.send("SUBSCRIBE", "id:sub-1", "destination:/user/queue/notifications/list", "receipt:r-subscribe");
            assertThat(raw.next("RECEIPT")).contains("receipt-id:r-subscribe");
            raw.send("SEND", "destination:/app/notifications", "receipt:r-send");
            assertThat(raw.next("RECEIPT")).contains("receipt-id:r-send");
            raw.send("UNSUBSCRIBE", "id:sub-1", "receipt:r-unsubscribe");
            assertThat(raw.next("RECEIPT")).contains("receipt-id:r-unsubscribe");
            raw.send("DISCONNECT", "receipt:r-disconnect");
            assertThat(raw.next("RECEIPT")).contains("receipt-id:r-disconnect");
        }
    }

    @Test
    void aRefusedFrameIsAnsweredWithAnErrorCarryingItsReceiptIdAndNoReceipt() throws Exception {
        try (var raw = new RawStompConnection(port)) {
            raw.send("CONNECT", "accept-version:1.2", "host:localhost", "Authorization:Bearer " + tokenFor(ALICE));
            raw.next("CONNECTED");

            raw.send("SUBSCRIBE", "id:sub-1", "destination:/topic/anything", "receipt:r-refused");

            String error = raw.next("ERROR");
            assertThat(error).contains("receipt-id:r-refused")
                    .contains("message:ACCESS_DENIED\\c SUBSCRIBE to /topic/anything is not allowed");
            raw.awaitClosed();
            assertThat(raw.remaining()).noneMatch(frame -> frame.startsWith("RECEIPT"));
        }
    }

    @RepeatedTest(10)
    void aPushSentAsSoonAsTheSubscribeReceiptArrivesIsDelivered() {
        var carol = connectAs(CAROL);

        carol.subscribe("/user/queue/notifications/unread-count");
        push.pushUnreadCount(CAROL, 42);

        assertThat(carol.next("/user/queue/notifications/unread-count")).containsEntry("unreadCount", 42);
    }
}
