package org.leavenotify.adapter.websocket;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leavenotify.application.demo.DemoOrganisation.HANA;

/**
 * Heart-beats, with the interval shortened to one second so that a silent client times out in three.
 * (The production default is ten seconds each way.)
 */
@TestPropertySource(properties = "leavenotify.websocket.heartbeat=1s")
class StompHeartbeatTest extends StompIntegrationTest {

    @Test
    void theServerOffersItsHeartbeatAndSendsIt() throws Exception {
        try (var raw = new RawStompConnection(port)) {
            raw.send("CONNECT", "accept-version:1.2", "host:localhost", "heart-beat:0,1000",
                    "Authorization:Bearer " + tokenFor(HANA));

            assertThat(raw.next("CONNECTED")).contains("heart-beat:1000,1000");
            raw.next("\n");
        }
    }

    @Test
    void aClientThatFallsSilentIsDisconnectedAndForgotten() {
        try (var raw = new RawStompConnection(port)) {
            raw.send("CONNECT", "accept-version:1.2", "host:localhost", "heart-beat:1000,0",
                    "Authorization:Bearer " + tokenFor(HANA));
            raw.next("CONNECTED");
            assertThat(presence.isOnline(HANA)).isTrue();

            raw.awaitClosed();

            awaitOffline(HANA);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
