package org.leavenotify.adapter.websocket;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.leavenotify.application.notification.port.out.PushNotificationPort;
import org.leavenotify.testsupport.StompFrame;
import org.leavenotify.testsupport.StompFrameClient;
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
        try (var raw = StompFrameClient.open(port)) {
            raw.sendFrame("CONNECT", "accept-version:1.2", "host:localhost", "Authorization:Bearer " + tokenFor(ALICE));
            raw.nextCommand("CONNECTED");

            raw.sendFrame("SUBSCRIBE", "id:sub-1", "destination:/user/queue/notifications/list", "receipt:r-subscribe");
            assertThat(raw.nextCommand("RECEIPT").header("receipt-id")).isEqualTo("r-subscribe");
            raw.sendFrame("SEND", "destination:/app/notifications", "receipt:r-send");
            assertThat(raw.nextCommand("RECEIPT").header("receipt-id")).isEqualTo("r-send");
            raw.sendFrame("UNSUBSCRIBE", "id:sub-1", "receipt:r-unsubscribe");
            assertThat(raw.nextCommand("RECEIPT").header("receipt-id")).isEqualTo("r-unsubscribe");
            raw.sendFrame("DISCONNECT", "receipt:r-disconnect");
            assertThat(raw.nextCommand("RECEIPT").header("receipt-id")).isEqualTo("r-disconnect");
        }
    }

    @Test
    void aRefusedFrameIsAnsweredWithAnErrorCarryingItsReceiptIdAndNoReceipt() throws Exception {
        try (var raw = StompFrameClient.open(port)) {
            raw.sendFrame("CONNECT", "accept-version:1.2", "host:localhost", "Authorization:Bearer " + tokenFor(ALICE));
            raw.nextCommand("CONNECTED");

            raw.sendFrame("SUBSCRIBE", "id:sub-1", "destination:/topic/anything", "receipt:r-refused");

            StompFrame error = raw.nextCommand("ERROR");
            assertThat(error.header("receipt-id")).isEqualTo("r-refused");
            assertThat(error.header("message")).isEqualTo("ACCESS_DENIED: SUBSCRIBE to /topic/anything is not allowed");
            raw.awaitClosed();
            assertThat(raw.pending()).noneMatch(frame -> frame.command().equals("RECEIPT"));
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
