package org.leavenotify.cluster;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A STOMP client over a plain JDK WebSocket that keeps every frame it receives, so that a test can count
 * them (one RECEIPT per frame, one MESSAGE per notification). It waits on frames, never on the clock;
 * every wait gives up after {@link #TIMEOUT}.
 */
final class StompConnection implements AutoCloseable {

    static final Duration TIMEOUT = Duration.ofSeconds(30);
    static final String NOTIFICATIONS = "/user/queue/notifications";

    /** One STOMP frame as received. */
    record Frame(String command, Map<String, String> headers, String body) {

        String header(String name) {
            return headers.get(name);
        }
    }

    private final List<Frame> frames = new ArrayList<>();
    private final CompletableFuture<String> closed = new CompletableFuture<>();
    private final AtomicInteger receipts = new AtomicInteger();
    private final StringBuilder partial = new StringBuilder();
    private WebSocket socket;

    private StompConnection() {
    }

    /** Opens a WebSocket to the node and sends CONNECT with the token; does not wait for CONNECTED. */
    static StompConnection open(int port, String token) {
        return open(URI.create("ws://127.0.0.1:" + port + "/ws"), HttpClient.newHttpClient(), token);
    }

    /** As {@link #open(int, String)} at any address ({@code wss://} through the TLS proxy) with {@code http}. */
    static StompConnection open(URI endpoint, HttpClient http, String token) {
        StompConnection connection = new StompConnection();
        connection.socket = http.newWebSocketBuilder()
                .buildAsync(endpoint, connection.new Listener())
                .orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
        connection.sendFrame("CONNECT\naccept-version:1.2\nhost:localhost\nheart-beat:0,0\nAuthorization:Bearer "
                + token + "\n\n");
        return connection;
    }

    /** Opens, and waits for CONNECTED; fails with the ERROR frame's message if the node refused. */
    static StompConnection connect(int port, String token) {
        return connected(open(port, token));
    }

    /** As {@link #connect(int, String)} at any address with {@code http}. */
    static StompConnection connect(URI endpoint, HttpClient http, String token) {
        return connected(open(endpoint, http, token));
    }

    private static StompConnection connected(StompConnection connection) {
        Frame answer = connection.await(frame -> frame.command().equals("CONNECTED") || frame.command().equals("ERROR"),
                "CONNECTED");
        if (answer.command().equals("ERROR")) {
            connection.close();
            throw new IllegalStateException("connection refused: " + answer.header("message"));
        }
        return connection;
    }

    /** Subscribes with a receipt and waits for it: from then on the subscription is active. */
    void subscribe(String destination) {
        String receipt = "receipt-" + receipts.incrementAndGet();
        sendFrame("SUBSCRIBE\nid:" + receipt + "\ndestination:" + destination + "\nreceipt:" + receipt + "\n\n");
        awaitReceipt(receipt);
    }

    /** Sends to the application with a receipt and waits for it (the command has run). */
    String send(String destination, String json) {
        String receipt = "receipt-" + receipts.incrementAndGet();
        sendFrame("SEND\ndestination:" + destination + "\ncontent-type:application/json\nreceipt:" + receipt
                + "\n\n" + json);
        awaitReceipt(receipt);
        return receipt;
    }

    void awaitReceipt(String receipt) {
        await(frame -> frame.command().equals("RECEIPT") && receipt.equals(frame.header("receipt-id")),
                "RECEIPT " + receipt);
    }

    /** Waits for the first frame (from the start) that matches. */
    Frame await(Predicate<Frame> matching, String what) {
        Instant deadline = Instant.now().plus(TIMEOUT);
        synchronized (frames) {
            while (true) {
                for (Frame frame : frames) {
                    if (matching.test(frame)) {
                        return frame;
                    }
                }
                long left = Duration.between(Instant.now(), deadline).toMillis();
                if (left <= 0) {
                    throw new AssertionError("no " + what + " within " + TIMEOUT + "; received " + frames
                            + (closed.isDone() ? "; closed: " + closed.join() : ""));
                }
                try {
                    frames.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
        }
    }

    /** Every frame received so far. */
    List<Frame> frames() {
        synchronized (frames) {
            return List.copyOf(frames);
        }
    }

    /** The MESSAGE frames received on {@code destination}, in order. */
    List<Frame> messages(String destination) {
        return frames().stream().filter(frame -> frame.command().equals("MESSAGE")
                && destination.equals(frame.header("destination"))).toList();
    }

    /** The {@code index}-th MESSAGE (from 0) on {@code destination}, waiting for it. */
    Frame message(String destination, int index) {
        return await(frame -> {
            List<Frame> received = messages(destination);
            return received.size() > index && received.get(index) == frame;
        }, "message " + (index + 1) + " on " + destination);
    }

    /** The ids of the notifications received live, in order. */
    List<String> liveNotificationIds() {
        return messages(NOTIFICATIONS).stream().map(frame -> (String) Api.parse(frame.body()).get("id")).toList();
    }

    long receiptsFor(String receipt) {
        return frames().stream().filter(frame -> frame.command().equals("RECEIPT")
                && receipt.equals(frame.header("receipt-id"))).count();
    }

    /** Completes with the reason when the connection closes or fails. */
    CompletableFuture<String> closed() {
        return closed;
    }

    void sendFrame(String frame) {
        synchronized (this) {
            socket.sendText(frame + "\0", true).orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
        }
    }

    /** DISCONNECT with a receipt (when still open), then closes the WebSocket. */
    @Override
    public void close() {
        if (!closed.isDone()) {
            try {
                sendFrame("DISCONNECT\nreceipt:bye\n\n");
                awaitReceipt("bye");
            } catch (RuntimeException | AssertionError ignored) {
                // closing anyway
            }
            socket.abort();
        }
    }

    private final class Listener implements WebSocket.Listener {

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                for (String raw : text.split("\0")) {
                    String frame = raw.replace("\r\n", "\n").stripLeading();
                    if (!frame.isEmpty()) {
                        add(parse(frame));
                    }
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete("closed " + statusCode + " " + reason);
            wake();
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.complete("failed: " + error);
            wake();
        }
    }

    private void add(Frame frame) {
        synchronized (frames) {
            frames.add(frame);
            frames.notifyAll();
        }
    }

    private void wake() {
        synchronized (frames) {
            frames.notifyAll();
        }
    }

    private static Frame parse(String frame) {
        int end = frame.indexOf("\n\n");
        String head = end < 0 ? frame : frame.substring(0, end);
        String body = end < 0 ? "" : frame.substring(end + 2);
        String[] lines = head.split("\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.putIfAbsent(lines[i].substring(0, colon), lines[i].substring(colon + 1).replace("\\c", ":"));
            }
        }
        return new Frame(lines[0], headers, body);
    }
}
