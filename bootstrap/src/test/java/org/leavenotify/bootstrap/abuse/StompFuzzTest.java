package org.leavenotify.bootstrap.abuse;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leavenotify.bootstrap.LeaveNotifyApplication;
import org.leavenotify.bootstrap.reliability.Api;
import org.leavenotify.testsupport.RawWebSocket;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A STOMP frame fuzzer against the running application (OWASP WebSocket Security Cheat Sheet: validate
 * every message, limit what a client may send). Carol is the attacker; Bob's canary session must keep
 * being told of Alice's requests throughout. Every input must be answered, with an ERROR frame, a
 * close, or, for input the server may accept, the normal answer to the DISCONNECT sent after it; never
 * silence, never a crash, never another user's notification.
 */
@SpringBootTest(classes = LeaveNotifyApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"leavenotify.store=mongodb",
                "leavenotify.embedded-store.data-dir=target/web-test-data/${random.uuid}"})
class StompFuzzTest {

    /** Mutated frames in the short form; {@code -Dabuse.frames=20000} for the long form. */
    private static final int RANDOM_FRAMES = Integer.getInteger("abuse.frames", 600);
    private static final String PROBE = "DISCONNECT\nreceipt:probe\n\n\0";

    enum Outcome { ERROR, CLOSED, ANSWERED }

    @LocalServerPort
    int port;

    private Api api;
    private String carol;
    private Canary canary;
    private final Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
    private final List<String> received = new ArrayList<>();
    private String current = "";

    @BeforeEach
    void startTheCanary() {
        api = new Api(HttpClient.newHttpClient(), port);
        carol = api.logIn("carol");
        canary = new Canary(api, port);
        canary.check();
    }

    @AfterEach
    void theCanaryWasToldEveryTime() {
        canary.check();
        canary.close();
        for (String frame : received) {
            for (String aliceRequest : canary.requestIds()) {
                assertThat(frame).as("no frame to Carol names Alice's request").doesNotContain(aliceRequest);
            }
        }
    }

    @Test
    void everyMalformedOrForbiddenFrameIsRefusedWithAnErrorOrAClose() throws IOException {
        expect(Outcome.ERROR, "ACCESS_DENIED", false, text("SUBSCRIBE\nid:1\ndestination:/user/queue/notifications\n\n\0"));
        expect(Outcome.ERROR, "ACCESS_DENIED", false, text("SEND\ndestination:/app/notifications\n\n{}\0"));
        expect(Outcome.ERROR, "MALFORMED_FRAME", true, text("HACK\ndestination:/app/notifications\n\n\0"));
        expect(Outcome.ERROR, "ACCESS_DENIED", true, text("SUBSCRIBE\nid:1\ndestination:/user/bob/queue/notifications\n\n\0"));
        expect(Outcome.ERROR, "ACCESS_DENIED", true, text("SUBSCRIBE\nid:1\ndestination:/topic/everything\n\n\0"));
        expect(Outcome.ERROR, "ACCESS_DENIED", true, text("SEND\ndestination:/user/bob/queue/notifications\n\n{}\0"));
        expect(Outcome.ERROR, "MALFORMED_FRAME", true,
                text("SEND\ndestination:/app/notifications\ncontent-length:2\n\n{}and more\0"));
        expect(Outcome.ERROR, "DUPLICATE_SUBSCRIPTION", true,
                text("SUBSCRIBE\nid:a\ndestination:/user/queue/notifications\n\n\0"
                        + "SUBSCRIBE\nid:a\ndestination:/user/queue/errors\n\n\0"));
        expect(Outcome.ERROR, "MALFORMED_FRAME", true, text("CONNECT\naccept-version:1.2\nhost:x\nAuthorization:Bearer "
                + carol + "\n\n\0"));
        expect(Outcome.CLOSED, null, true, text("SEND\ndestination:/app/notifications\nx-big:" + "x".repeat(20_000)
                + "\n\n\0"));
        expect(Outcome.CLOSED, null, true, bytes(RawWebSocket.Received.TEXT,
                "SEND\ndestination:/app/notifications\n\n\0".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xc3, 0x28}));
    }

    @Test
    void inputTheServerMayAcceptIsAnsweredAndDoesNoHarm() throws IOException {
        // no NUL: the frame runs on to the next NUL, so the SUBSCRIBE becomes part of a body, not a frame
        expect(Outcome.ANSWERED, null, true, text("SEND\ndestination:/app/notifications/mark-all-read\n\n"
                + "SUBSCRIBE\nid:x\ndestination:/topic/everything\n\n\0"));
        // a content-length that claims more than was sent: the server waits for the rest, then reads on
        expect(Outcome.ANSWERED, null, true, text("SEND\ndestination:/app/notifications/mark-all-read\n"
                + "content-length:3000\n\n{}"), text("y".repeat(2998) + "\0"));
        // a content-length that is not a number is ignored: the body runs to the NUL
        expect(Outcome.ANSWERED, null, true, text("SEND\ndestination:/app/notifications\ncontent-length:lots\n\n{}\0"));
        StringBuilder manyHeaders = new StringBuilder("SEND\ndestination:/app/notifications/mark-all-read\n");
        for (int i = 0; i < 300; i++) { // 300 headers in 2.7 KB, under the 4 KB frame limit
            manyHeaders.append("x-h").append(i).append(":v\n");
        }
        expect(Outcome.ANSWERED, null, true, text(manyHeaders + "\n\0"));
        expect(Outcome.ANSWERED, null, true, bytes(RawWebSocket.Received.BINARY,
                "SEND\ndestination:/app/notifications/mark-all-read\nx-bad:".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xff, (byte) 0xfe, '\n', '\n', 0}));
        expect(Outcome.ANSWERED, null, true, text("SEND\ndestination:/app/notifications\ncontent-type:application/json\n\n"
                + "{\"after\": \"../../etc/passwd\", \"limit\": 99999999999}\0"));
    }

    @Test
    void tenThousandSubscribesFromOneSessionEndWithThatSessionClosedAndNothingElse() throws IOException {
        try (RawWebSocket socket = connectedAsCarol()) {
            int sent = 0;
            try {
                for (; sent < 10_000; sent++) {
                    socket.sendText("SUBSCRIBE\nid:s" + sent + "\ndestination:/user/queue/notifications\n\n\0");
                }
            } catch (IOException closedUnderUs) {
                // the server closed the session while we were still sending: that is the point
            }
            String error = null;
            for (RawWebSocket.Received message = socket.receive(); message != null && !message.isEnd();
                 message = socket.receive()) {
                if (message.text().startsWith("ERROR")) {
                    error = message.text();
                }
            }
            assertThat(error).contains("TOO_MANY_SUBSCRIPTIONS");
            System.out.println("ABUSE-FIGURES subscribes-sent=" + sent);
        }
    }

    @Test
    void randomAndMutatedFramesNeverGoUnansweredNorReachAnotherUsersData() throws IOException {
        Random random = new Random(11);
        String[] templates = {
                "SUBSCRIBE\nid:n\ndestination:/user/queue/notifications\nreceipt:r\n\n\0",
                "SEND\ndestination:/app/notifications\ncontent-type:application/json\n\n{\"limit\":5}\0",
                "SEND\ndestination:/app/notifications/mark-read\ncontent-type:application/json\n\n{\"id\":\"000000000000000000000001\"}\0",
                "SEND\ndestination:/app/notifications/mark-all-read\n\n\0",
                "UNSUBSCRIBE\nid:n\n\n\0",
                "ACK\nid:1\n\n\0",
                "BEGIN\ntransaction:t\n\n\0"};
        for (int i = 0; i < RANDOM_FRAMES; i++) {
            byte[] frame = mutate(templates[random.nextInt(templates.length)].getBytes(StandardCharsets.UTF_8), random);
            int opcode = random.nextInt(4) == 0 ? RawWebSocket.Received.BINARY : RawWebSocket.Received.TEXT;
            current = "case " + i + " opcode " + opcode + ": " + escape(frame);
            record(run(true, bytes(opcode, frame)));
            if (i % 50 == 49) {
                canary.check();
            }
        }
        assertThat(outcomes.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(RANDOM_FRAMES);
        System.out.println("ABUSE-FIGURES random-frames=" + RANDOM_FRAMES + " outcomes=" + outcomes
                + " canary-checks=" + (canary.checks() + 1) + " canary-max-latency-us=" + canary.maxLatencyMicros());
    }

    @Test
    void aBrowserPageFromAnOriginOutsideTheAllowlistCannotOpenTheEndpoint() throws IOException {
        try (RawWebSocket evil = RawWebSocket.open(port, "https://evil.example", 0);
             RawWebSocket same = RawWebSocket.open(port, "http://127.0.0.1:" + port, 0);
             RawWebSocket noBrowser = RawWebSocket.open(port, null, 0)) {
            assertThat(evil.handshakeStatus()).isEqualTo(403);
            assertThat(same.handshakeStatus()).isEqualTo(101);
            assertThat(noBrowser.handshakeStatus()).isEqualTo(101);
        }
    }

    // ---------------------------------------------------------------------------------------------------

    private interface Input {
        void sendTo(RawWebSocket socket) throws IOException;
    }

    private static Input text(String text) {
        return socket -> socket.sendText(text);
    }

    private static Input bytes(int opcode, byte[]... parts) {
        return socket -> {
            java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
            for (byte[] part : parts) {
                all.write(part);
            }
            socket.sendFrame(opcode, all.toByteArray());
        };
    }

    private void expect(Outcome expected, String errorCode, boolean connected, Input... inputs) throws IOException {
        String answer = run(connected, inputs);
        record(answer);
        assertThat(outcomeOf(answer)).as(answer).isEqualTo(expected);
        if (errorCode != null) {
            assertThat(answer).contains("message:" + errorCode);
        }
    }

    /** Sends the inputs (after a CONNECT as Carol if asked), then the DISCONNECT probe; the answer. */
    private String run(boolean connected, Input... inputs) throws IOException {
        try (RawWebSocket socket = connected ? connectedAsCarol() : RawWebSocket.open(port, null, 0)) {
            try {
                for (Input input : inputs) {
                    input.sendTo(socket);
                }
                socket.sendText(PROBE);
            } catch (IOException closedUnderUs) {
                // the server may close as soon as it has read something it refuses
            }
            while (true) {
                RawWebSocket.Received message = socket.receive();
                assertThat(message).as("an answer within the socket's patience to " + current).isNotNull();
                if (message.isEnd()) {
                    return "CLOSED " + message.closeCode();
                }
                String text = message.text();
                if (text.startsWith("MESSAGE")) {
                    received.add(text);
                    assertThat(text).doesNotContain("\"recipientId\":\"bob\"").doesNotContain("\"recipientId\":\"alice\"");
                }
                // any RECEIPT: a frame that lost its blank line runs on into the probe, and is answered as one
                if (text.startsWith("ERROR") || text.startsWith("RECEIPT")) {
                    assertThat(text).as("a client's frame is never answered as a fault of the server: " + current)
                            .doesNotContain("message:SERVER_ERROR");
                    return text;
                }
            }
        }
    }

    private RawWebSocket connectedAsCarol() throws IOException {
        RawWebSocket socket = RawWebSocket.open(port, null, 0);
        socket.sendText("CONNECT\naccept-version:1.2\nhost:x\nheart-beat:0,0\nAuthorization:Bearer " + carol + "\n\n\0");
        RawWebSocket.Received answer = socket.receive();
        assertThat(answer).isNotNull();
        assertThat(answer.text()).startsWith("CONNECTED");
        return socket;
    }

    private static String escape(byte[] frame) {
        StringBuilder text = new StringBuilder();
        for (byte b : frame) {
            text.append(b >= 32 && b < 127 ? String.valueOf((char) b) : String.format("\\x%02x", b & 0xff));
        }
        return text.toString();
    }

    private static Outcome outcomeOf(String answer) {
        return answer.startsWith("ERROR") ? Outcome.ERROR : answer.startsWith("CLOSED") ? Outcome.CLOSED : Outcome.ANSWERED;
    }

    private void record(String answer) {
        outcomes.merge(outcomeOf(answer), 1, Integer::sum);
    }

    /** One to four of: flip a byte, cut a range, repeat a range, insert random bytes or a header, drop a NUL. */
    private static byte[] mutate(byte[] frame, Random random) {
        List<Byte> bytes = new ArrayList<>();
        for (byte b : frame) {
            bytes.add(b);
        }
        int mutations = 1 + random.nextInt(4);
        for (int m = 0; m < mutations && !bytes.isEmpty(); m++) {
            int at = random.nextInt(bytes.size());
            switch (random.nextInt(6)) {
                case 0 -> bytes.set(at, (byte) (bytes.get(at) ^ (1 << random.nextInt(8))));
                case 1 -> bytes.subList(at, Math.min(bytes.size(), at + 1 + random.nextInt(8))).clear();
                case 2 -> bytes.addAll(at, new ArrayList<>(bytes.subList(at, Math.min(bytes.size(), at + 1 + random.nextInt(16)))));
                case 3 -> {
                    for (int k = random.nextInt(16); k >= 0; k--) {
                        bytes.add(at, (byte) random.nextInt(256));
                    }
                }
                case 4 -> {
                    int lineEnd = bytes.indexOf((byte) '\n');
                    byte[] header = ("x-" + random.nextInt(1000) + ":" + "v".repeat(random.nextInt(200)) + "\n")
                            .getBytes(StandardCharsets.UTF_8);
                    for (int k = header.length - 1; k >= 0; k--) {
                        bytes.add(Math.max(0, lineEnd + 1), header[k]);
                    }
                }
                default -> bytes.remove((Byte) (byte) 0);
            }
        }
        if (bytes.isEmpty() || bytes.get(bytes.size() - 1) != 0) {
            // still ends in a NUL, so that the probe after it is a frame of its own (a missing NUL has its own case)
            bytes.add((byte) 0);
        }
        byte[] mutated = new byte[bytes.size()];
        for (int i = 0; i < mutated.length; i++) {
            mutated[i] = bytes.get(i);
        }
        return mutated;
    }
}
