package org.leavenotify.adapter.websocket;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.leavenotify.testsupport.StompFrameClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.socket.WebSocketHttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leavenotify.application.demo.DemoOrganisation.HANA;

/**
 * The settings at work, with values other than the defaults: heart-beats every second (so that a silent
 * client times out in three; the default is ten seconds each way) and an allowed browser origin.
 */
@TestPropertySource(properties = {"leavenotify.websocket.heartbeat=1s",
        "leavenotify.websocket.allowed-origins=https://app.example.com, https://*.example.org"})
class StompSettingsTest extends StompIntegrationTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"https://app.example.com", "https://hr.example.org"})
    void aBrowserPageFromAnAllowedOriginOpensTheEndpoint(String origin) {
        var headers = new WebSocketHttpHeaders();
        headers.setOrigin(origin);

        stomp.open(tokenFor(HANA), headers).awaitConnected();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"https://evil.example", "http://app.example.com", "https://example.org.evil.example"})
    void aBrowserPageFromAnyOtherOriginIsRefusedAtTheHandshake(String origin) {
        var headers = new WebSocketHttpHeaders();
        headers.setOrigin(origin);

        var session = stomp.open(tokenFor(HANA), headers);

        session.awaitClosed();
        assertThat(session.connected()).isCompletedExceptionally();
    }

    @Test
    void theServerOffersItsHeartbeatAndSendsIt() throws Exception {
        try (var raw = StompFrameClient.open(port)) {
            raw.sendFrame("CONNECT", "accept-version:1.2", "host:localhost", "heart-beat:0,1000",
                    "Authorization:Bearer " + tokenFor(HANA));

            assertThat(raw.nextCommand("CONNECTED").header("heart-beat")).isEqualTo("1000,1000");
            raw.nextCommand("HEARTBEAT");
        }
    }

    @Test
    void aClientThatFallsSilentIsDisconnectedAndForgotten() {
        try (var raw = StompFrameClient.open(port)) {
            raw.sendFrame("CONNECT", "accept-version:1.2", "host:localhost", "heart-beat:1000,0",
                    "Authorization:Bearer " + tokenFor(HANA));
            raw.nextCommand("CONNECTED");
            assertThat(presence.isOnline(HANA)).isTrue();

            assertThat(raw.nextCommand("ERROR").header("message")).isEqualTo("Session closed.");
            raw.awaitClosed();

            awaitOffline(HANA);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
