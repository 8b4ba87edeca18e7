package org.leavenotify.adapter.websocket;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
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

    private final List<Socket> sockets = new ArrayList<>();

    @AfterEach
    void closeSockets() throws IOException {
        for (Socket socket : sockets) {
            socket.close();
        }
    }

    @Test
    void aWebSocketThatSendsOneIncompleteStompByteAndNothingElseIsClosedAtTheTimeToConnect() throws Exception {
        Socket socket = handshake(null);
        assertThat(statusLine(socket)).contains(" 101 ");
        // one masked text frame holding "C", the start of a CONNECT that never comes
        socket.getOutputStream().write(new byte[] {(byte) 0x81, (byte) 0x81, 1, 2, 3, 4, (byte) ('C' ^ 1)});
        long opened = System.nanoTime();

        int closeCode = closeCodeOf(socket);

        assertThat(closeCode).isEqualTo(1008);
        assertThat((System.nanoTime() - opened) / 1_000_000).isBetween(500L, 8_000L);
    }

    @Test
    void aSilentWebSocketIsClosedToo() throws Exception {
        Socket socket = handshake(null);
        assertThat(statusLine(socket)).contains(" 101 ");

        assertThat(closeCodeOf(socket)).isEqualTo(1008);
    }

    @Test
    void beyondTheCapOfWebSocketsWaitingForTheirConnectTheHandshakeIsRefused503AndAnAuthenticatedClientStillGetsIn()
            throws Exception {
        StompTestClient.Session bob = connectAs(BOB);
        for (int i = 0; i < 3; i++) {
            assertThat(statusLine(handshake(null))).contains(" 101 ");
        }

        Socket refused = handshake(null);

        assertThat(statusLine(refused)).contains(" 503 ").contains("application/problem+json").contains("Retry-After");
        assertThat(rest(refused)).contains("unauthenticated-connections");
        bob.assertOpen();
    }

    @Test
    void beyondTheCapPerAddressTheHandshakeIsRefused429() throws Exception {
        List<StompTestClient.Session> open = new ArrayList<>();
        for (var employee : List.of(ALICE, ALICE, BOB, BOB, CAROL, CAROL)) {
            open.add(connectAs(employee));
        }

        Socket refused = handshake(null);

        assertThat(statusLine(refused)).contains(" 429 ").contains("Retry-After");
        assertThat(rest(refused)).contains("connections-per-address");
        open.forEach(StompTestClient.Session::assertOpen);
    }

    @Test
    void aMalformedOriginIsRefused403WithoutReachingTheOriginCheck() throws Exception {
        for (String origin : List.of("http://[::1", "http://exa mple.com", "http://example.com/path", "://x",
                "http://user@example.com", "http://example.com:99999", "%%%", "x".repeat(600))) {
            Socket refused = handshake(origin);

            assertThat(statusLine(refused)).as(origin).contains(" 403 ");
            assertThat(rest(refused)).as(origin).contains("malformed-origin");
        }
    }

    /** Opens a socket and writes a WebSocket upgrade request for /ws; the response is read by the caller. */
    private Socket handshake(String origin) throws IOException {
        Socket socket = new Socket();
        sockets.add(socket);
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
        socket.setSoTimeout((int) StompTestClient.TIMEOUT_SECONDS * 1000);
        byte[] nonce = new byte[16];
        ThreadLocalRandom.current().nextBytes(nonce);
        String request = "GET /ws HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nUpgrade: websocket\r\n"
                + "Connection: Upgrade\r\nSec-WebSocket-Key: " + Base64.getEncoder().encodeToString(nonce) + "\r\n"
                + "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: v12.stomp\r\n"
                + (origin == null ? "" : "Origin: " + origin + "\r\n") + "\r\n";
        OutputStream out = socket.getOutputStream();
        out.write(request.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        return socket;
    }

    /** The status line and headers of the handshake's answer, up to the blank line. */
    private static String statusLine(Socket socket) throws IOException {
        StringBuilder head = new StringBuilder();
        InputStream in = socket.getInputStream();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.append((char) b);
        }
        socket.setSoTimeout((int) StompTestClient.TIMEOUT_SECONDS * 1000);
        return head.toString();
    }

    /** The headers and body of a refused handshake (the status line already taken or not). */
    private static String rest(Socket socket) throws IOException {
        socket.setSoTimeout(2_000);
        StringBuilder text = new StringBuilder();
        byte[] buffer = new byte[4096];
        try {
            int read;
            while ((read = socket.getInputStream().read(buffer)) > 0) {
                text.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
                if (text.indexOf("}") >= 0) {
                    break;
                }
            }
        } catch (SocketTimeoutException enough) {
            // what came is what there is
        }
        return text.toString();
    }

    /** Reads WebSocket frames until a close frame (its status code) or the end of the stream (-1). */
    private static int closeCodeOf(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        while (true) {
            int first = in.read();
            if (first < 0) {
                return -1;
            }
            int length = in.read() & 0x7f;
            if (length == 126) {
                length = (in.read() << 8) | in.read();
            } else if (length == 127) {
                throw new AssertionError("unexpectedly long frame");
            }
            byte[] payload = in.readNBytes(length);
            if ((first & 0x0f) == 8) {
                return payload.length >= 2 ? ((payload[0] & 0xff) << 8) | (payload[1] & 0xff) : -1;
            }
        }
    }
}
