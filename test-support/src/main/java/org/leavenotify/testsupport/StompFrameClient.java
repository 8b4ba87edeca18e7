package org.leavenotify.testsupport;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Predicate;


/**
 * STOMP 1.2 frames written and read by hand over the JDK's WebSocket, so that a test sees exactly what the
 * server sends and can count it (one RECEIPT per frame, one MESSAGE per notification). Every frame received is
 * kept: {@link #next} takes the first matching one not taken yet, {@link #await} finds the first matching one
 * of all, taken or not. The connection's end completes {@link #closed()} with its close code (-1: dropped
 * without a close frame). It waits on frames, never on the clock; a wait gives up when the connection ends or
 * after {@link #PATIENCE}.
 * Between {@link StompTestClient} (STOMP as a browser's library speaks it) and {@link RawWebSocket} (bytes).
 */
public final class StompFrameClient implements WebSocket.Listener, AutoCloseable {

    public static final Duration PATIENCE = Duration.ofSeconds(30);
    public static final String NOTIFICATIONS = "/user/queue/notifications";

    private static final HttpClient DEFAULT_HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** Every frame received, oldest first; the taken ones are marked in {@link #taken}. */
    private final List<StompFrame> received = new ArrayList<>();
    private final BitSet taken = new BitSet();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final AtomicInteger receipts = new AtomicInteger();
    private final StringBuilder partial = new StringBuilder();
    private volatile Consumer<StompFrame> listener;
    private volatile WebSocket socket;
    /** Why the connection failed, if the JDK reported it (a frame it refused, an I/O error). */
    private volatile Throwable failure;

    private StompFrameClient() {
    }

    /** Opens the WebSocket to {@code /ws} on {@code port} (no STOMP frame yet). */
    public static StompFrameClient open(HttpClient http, int port) {
        return open(URI.create("ws://127.0.0.1:" + port + "/ws"), http);
    }

    /** As {@link #open(HttpClient, int)} with a client of its own. */
    public static StompFrameClient open(int port) {
        return open(DEFAULT_HTTP, port);
    }

    /** Opens the WebSocket at any address ({@code wss://} through a TLS proxy, say). */
    public static StompFrameClient open(URI endpoint, HttpClient http) {
        StompFrameClient client = new StompFrameClient();
        try {
            client.socket = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                    .buildAsync(endpoint, client)
                    .get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("could not open the WebSocket at " + endpoint + answerOf(e.getCause()), e);
        } catch (Exception e) {
            throw new IllegalStateException("could not open the WebSocket at " + endpoint, e);
        }
        return client;
    }

    /** The server's answer to a refused handshake, for the failure's message: its status and body. */
    private static String answerOf(Throwable failure) {
        if (failure instanceof java.net.http.WebSocketHandshakeException refused) {
            java.net.http.HttpResponse<?> answer = refused.getResponse();
            return ": the server answered " + answer.statusCode() + " " + answer.headers().map() + " "
                    + answer.body();
        }
        return ": " + failure;
    }

    /** Opens the WebSocket and sends CONNECT with the token; does not wait for CONNECTED. */
    public static StompFrameClient connecting(HttpClient http, int port, String token) {
        return sendConnect(open(http, port), token);
    }

    /** Connects and waits for CONNECTED; fails with the ERROR frame if the server refuses. */
    public static StompFrameClient connect(HttpClient http, int port, String token) {
        return connected(connecting(http, port, token));
    }

    /** As {@link #connect(HttpClient, int, String)} with a client of its own. */
    public static StompFrameClient connect(int port, String token) {
        return connect(DEFAULT_HTTP, port, token);
    }

    /** As {@link #connect(HttpClient, int, String)} at any address with {@code http}. */
    public static StompFrameClient connect(URI endpoint, HttpClient http, String token) {
        return connected(sendConnect(open(endpoint, http), token));
    }

    private static StompFrameClient sendConnect(StompFrameClient client, String token) {
        client.send("CONNECT\naccept-version:1.2\nhost:leave-notify\nheart-beat:0,0\nAuthorization:Bearer " + token
                + "\n\n\0");
        return client;
    }

    private static StompFrameClient connected(StompFrameClient client) {
        StompFrame answer = client.next(frame -> frame.command().equals("CONNECTED") || frame.command().equals("ERROR"));
        if (!answer.command().equals("CONNECTED")) {
            client.abort();
            throw new IllegalStateException("CONNECT refused: " + answer);
        }
        return client;
    }

    public void onFrame(Consumer<StompFrame> listener) {
        this.listener = listener;
    }

    /** Sends raw text as one WebSocket message (a frame ends with its own NUL). */
    public void send(String text) {
        try {
            socket.sendText(text, true).get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not send " + text.lines().findFirst().orElse("") + " (closed: "
                    + closed.getNow(null) + ", failure: " + failure + ")", e);
        }
    }

    /** Sends one frame: its command, its headers as {@code name:value}, no body. */
    public void sendFrame(String command, String... headers) {
        StringBuilder frame = new StringBuilder(command).append('\n');
        for (String header : headers) {
            frame.append(header).append('\n');
        }
        send(frame.append('\n').append('\0').toString());
    }

    /** Subscribes with a receipt and waits for it: from then on the subscription is active. */
    public void subscribe(String id, String destination) {
        String receipt = "s-" + receipts.incrementAndGet();
        send("SUBSCRIBE\nid:" + id + "\ndestination:" + destination + "\nreceipt:" + receipt + "\n\n\0");
        awaitReceipt(receipt);
    }

    /** As {@link #subscribe(String, String)} with an id of its own. */
    public void subscribe(String destination) {
        subscribe("sub-" + receipts.incrementAndGet(), destination);
    }

    /** Sends a JSON body to {@code destination} with a receipt and waits for it; the receipt's id. */
    public String sendJson(String destination, String json) {
        String receipt = "m-" + receipts.incrementAndGet();
        send("SEND\ndestination:" + destination + "\ncontent-type:application/json\nreceipt:" + receipt + "\n\n"
                + json + "\0");
        awaitReceipt(receipt);
        return receipt;
    }

    public void awaitReceipt(String receipt) {
        awaitReceipt(receipt, PATIENCE);
    }

    private void awaitReceipt(String receipt, Duration patience) {
        Predicate<StompFrame> receiptOrError = frame -> frame.command().equals("ERROR")
                || (frame.command().equals("RECEIPT") && receipt.equals(frame.header("receipt-id")));
        StompFrame answer = find(receiptOrError, true, "no RECEIPT " + receipt, patience);
        if (!answer.command().equals("RECEIPT")) {
            throw new IllegalStateException("no RECEIPT " + receipt + ": " + answer);
        }
    }

    /**
     * Takes the first received frame that matches and was not taken yet, waiting for it; frames that do not
     * match stay for later calls. Fails after {@link #PATIENCE}, or at once when the connection has ended.
     */
    public StompFrame next(Predicate<StompFrame> wanted) {
        return find(wanted, true, "no such frame", PATIENCE);
    }

    public StompFrame nextCommand(String command) {
        return next(frame -> frame.command().equals(command));
    }

    /** Waits for the first frame, from the start and taken or not, that matches; {@code what} names it in the failure. */
    public StompFrame await(Predicate<StompFrame> matching, String what) {
        return find(matching, false, "no " + what, PATIENCE);
    }

    private StompFrame find(Predicate<StompFrame> wanted, boolean take, String failure, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        synchronized (received) {
            while (true) {
                for (int i = 0; i < received.size(); i++) {
                    if ((!take || !taken.get(i)) && wanted.test(received.get(i))) {
                        if (take) {
                            taken.set(i);
                        }
                        return received.get(i);
                    }
                }
                long left = deadline - System.nanoTime();
                boolean ended = closed.isDone();
                if (left <= 0 || ended) {
                    throw new AssertionError(failure + (ended ? " before the connection ended" : " within " + patience)
                            + "; received " + received.subList(Math.max(0, received.size() - 20), received.size())
                            + "; closed: " + closed.getNow(null) + "; failure: " + this.failure);
                }
                try {
                    received.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
        }
    }

    /** Every frame received so far and not taken by {@link #next}, oldest first. */
    public List<StompFrame> pending() {
        synchronized (received) {
            List<StompFrame> pending = new ArrayList<>();
            for (int i = 0; i < received.size(); i++) {
                if (!taken.get(i)) {
                    pending.add(received.get(i));
                }
            }
            return pending;
        }
    }

    /** Every frame received so far, taken or not, oldest first. */
    public List<StompFrame> frames() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    /** The MESSAGE frames received on {@code destination}, in order. */
    public List<StompFrame> messages(String destination) {
        return frames().stream().filter(frame -> frame.command().equals("MESSAGE")
                && destination.equals(frame.header("destination"))).toList();
    }

    /** The {@code index}-th MESSAGE (from 0) on {@code destination}, waiting for it. */
    public StompFrame message(String destination, int index) {
        return await(frame -> {
            List<StompFrame> on = messages(destination);
            return on.size() > index && on.get(index) == frame;
        }, "message " + (index + 1) + " on " + destination);
    }

    /** The ids of the notifications received live, in order. */
    public List<String> liveNotificationIds() {
        return messages(NOTIFICATIONS).stream()
                .map(frame -> String.valueOf(StompTestClient.parse(frame.body()).get("id"))).toList();
    }

    /** How many RECEIPT frames answered {@code receipt}. */
    public long receiptsFor(String receipt) {
        return frames().stream().filter(frame -> frame.command().equals("RECEIPT")
                && receipt.equals(frame.header("receipt-id"))).count();
    }

    public CompletableFuture<Integer> closed() {
        return closed;
    }

    public int awaitClosed() {
        try {
            return closed.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the server did not close the connection", e);
        }
    }

    public boolean isOpen() {
        return !closed.isDone();
    }

    /** Drops the connection without a DISCONNECT or a close frame, as a lost network would. */
    public void abort() {
        WebSocket current = socket;
        if (current != null) {
            current.abort();
        }
        closed.complete(-1);
    }

    /** DISCONNECT with a receipt (waited for), a close frame, and the connection dropped. */
    @Override
    public void close() {
        if (isOpen()) {
            try {
                send("DISCONNECT\nreceipt:bye\n\n\0");
                awaitReceipt("bye", Duration.ofSeconds(5));
                socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(5, TimeUnit.SECONDS);
            } catch (Exception | AssertionError e) {
                // the server closed it first, or refused the DISCONNECT
            }
            abort();
        }
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        webSocket.request(1);
    }

    /**
     * A WebSocket message may hold several frames, each ended by NUL; a heart-beat (a bare EOL, sent only when
     * the CONNECT asked for them) is kept as a frame of command {@code HEARTBEAT}, not given to the listener.
     */
    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            String text = partial.toString();
            partial.setLength(0);
            for (String raw : text.split("\0")) {
                StompFrame frame = StompFrame.parse(raw.replace("\r\n", "\n"));
                Consumer<StompFrame> current = listener;
                if (current != null && !frame.command().equals("HEARTBEAT")) {
                    current.accept(frame);
                }
                synchronized (received) {
                    received.add(frame);
                    received.notifyAll();
                }
            }
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(statusCode);
        wake();
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        failure = error;
        closed.complete(-1);
        wake();
    }

    private void wake() {
        synchronized (received) {
            received.notifyAll();
        }
    }
}
