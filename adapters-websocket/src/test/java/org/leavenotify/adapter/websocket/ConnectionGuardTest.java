package org.leavenotify.adapter.websocket;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leavenotify.testsupport.RawWebSocket;
import org.leavenotify.testsupport.StompTestClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leavenotify.application.demo.DemoOrganisation.ALICE;
import static org.leavenotify.application.demo.DemoOrganisation.BOB;
import static org.leavenotify.application.demo.DemoOrganisation.CAROL;

/**
 * What a WebSocket must do before it is a STOMP session, with the limits set low: 1 s to send an accepted
 * CONNECT, at most 3 WebSockets waiting for theirs, at most 6 open from one address (every client here is
 * 127.0.0.1). Handshakes are written by hand on plain sockets, so that a test can stop after any byte.
 */
@TestPropertySource(properties = {
        "leavenotify.websocket.time-to-connect=1s",
        "leavenotify.limits.connections.unauthenticated=3",
        "leavenotify.limits.connections.per-address=6"})
class ConnectionGuardTest extends StompIntegrationTest {

    private final List<RawWebSocket> sockets = new ArrayList<>();

    @AfterEach
    void closeSockets() {
        sockets.forEach(RawWebSocket::close);
    }

    /** Writes a WebSocket upgrade request for /ws on a socket of its own; the answer is read by the test. */
    private RawWebSocket handshake(String origin) throws IOException {
        RawWebSocket socket = RawWebSocket.requestUpgrade(port, origin);
        sockets.add(socket);
        return socket;
    }

    @Test
    void aWebSocketThatSendsOneIncompleteStompByteAndNothingElseIsClosedAtTheTimeToConnect() throws Exception {
        RawWebSocket socket = handshake(null);
        assertThat(socket.readHead()).contains(" 101 ");
        // one masked text frame holding "C", the start of a CONNECT that never comes
        socket.sendBytes(new byte[] {(byte) 0x81, (byte) 0x81, 1, 2, 3, 4, (byte) ('C' ^ 1)});
        long opened = System.nanoTime();

        int closeCode = socket.awaitCloseCode();

        assertThat(closeCode).isEqualTo(1008);
        assertThat((System.nanoTime() - opened) / 1_000_000).isBetween(500L, 8_000L);
    }

    @Test
    void aSilentWebSocketIsClosedToo() throws Exception {
        RawWebSocket socket = handshake(null);
        assertThat(socket.readHead()).contains(" 101 ");

        assertThat(socket.awaitCloseCode()).isEqualTo(1008);
    }

    @Test
    void beyondTheCapOfWebSocketsWaitingForTheirConnectTheHandshakeIsRefused503AndAnAuthenticatedClientStillGetsIn()
            throws Exception {
        StompTestClient.Session bob = connectAs(BOB);
        for (int i = 0; i < 3; i++) {
            assertThat(handshake(null).readHead()).contains(" 101 ");
        }

        RawWebSocket refused = handshake(null);

        assertThat(refused.readHead()).contains(" 503 ").contains("application/problem+json").contains("Retry-After");
        assertThat(refused.readRest()).contains("unauthenticated-connections");
        bob.assertOpen();
    }

    @Test
    void beyondTheCapPerAddressTheHandshakeIsRefused429() throws Exception {
        List<StompTestClient.Session> open = new ArrayList<>();
        for (var employee : List.of(ALICE, ALICE, BOB, BOB, CAROL, CAROL)) {
            open.add(connectAs(employee));
        }

        RawWebSocket refused = handshake(null);

        assertThat(refused.readHead()).contains(" 429 ").contains("Retry-After");
        assertThat(refused.readRest()).contains("connections-per-address");
        open.forEach(StompTestClient.Session::assertOpen);
    }

    @Test
    void aMalformedOriginIsRefused403WithoutReachingTheOriginCheck() throws Exception {
        for (String origin : List.of("http://[::1", "http://exa mple.com", "http://example.com/path", "://x",
                "http://user@example.com", "http://example.com:99999", "%%%", "x".repeat(600))) {
            RawWebSocket refused = handshake(origin);

            assertThat(refused.readHead()).as(origin).contains(" 403 ");
            assertThat(refused.readRest()).as(origin).contains("malformed-origin");
        }
    }
}
