package org.leavenotify.bootstrap.reliability;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A STOMP 1.2 client on the JDK's WebSocket, written frame by frame so that tests see exactly what the
 * server sends. Every received frame is kept for {@link #next} (and given to the listener, if any); the
 * connection's end completes {@link #closed()} with its close code (-1: dropped without a close frame).
 */
public final class StompClient implements WebSocket.Listener, AutoCloseable {

    public static final Duration PATIENCE = Duration.ofSeconds(30);

    private final List<Frame> received = new java.util.LinkedList<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final AtomicInteger receipts = new AtomicInteger();
    private final StringBuilder partial = new StringBuilder();
    private volatile Consumer<Frame> listener;
    private volatile WebSocket socket;
    /** Why the connection failed, if the JDK reported it (a frame it refused, an I/O error). */
    private volatile Throwable failure;

    /** Opens the WebSocket (no STOMP frame yet). */
    public static StompClient open(HttpClient http, int port) {
        StompClient client = new StompClient();
        try {
            client.socket = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                    .buildAsync(URI.create("ws://127.0.0.1:" + port + "/ws"), client)
                    .get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("could not open the WebSocket on port " + port + answerOf(e.getCause()), e);
        } catch (Exception e) {
            throw new IllegalStateException("could not open the WebSocket on port " + port, e);
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
    public static StompClient connecting(HttpClient http, int port, String token) {
        StompClient client = open(http, port);
        client.send("CONNECT\naccept-version:1.2\nhost:leave-notify\nheart-beat:0,0\nAuthorization:Bearer " + token
                + "\n\n\0");
        return client;
    }

    /** Connects and waits for CONNECTED; fails with the ERROR frame if the server refuses. */
    public static StompClient connect(HttpClient http, int port, String token) {
        StompClient client = connecting(http, port, token);
        Frame answer = client.next(frame -> frame.command().equals("CONNECTED") || frame.command().equals("ERROR"));
        if (!answer.command().equals("CONNECTED")) {
            client.abort();
            throw new IllegalStateException("CONNECT refused: " + answer);
        }
        return client;
    }

    public void onFrame(Consumer<Frame> listener) {
        this.listener = listener;
    }

    /** Sends raw text as one WebSocket message. */
    public void send(String text) {
        try {
            socket.sendText(text, true).join();
        } catch (java.util.concurrent.CompletionException e) {
            throw new IllegalStateException("could not send " + text.lines().findFirst().orElse("") + " (closed: "
                    + closed.getNow(null) + ", failure: " + failure + ")", e);
        }
    }

    /** Subscribes with a receipt and waits for it: from then on the subscription is active. */
    public void subscribe(String id, String destination) {
        String receipt = "s-" + receipts.incrementAndGet();
        send("SUBSCRIBE\nid:" + id + "\ndestination:" + destination + "\nreceipt:" + receipt + "\n\n\0");
        awaitReceipt(receipt);
    }

    /** Sends a JSON body to {@code destination} with a receipt and waits for it. */
    public void sendJson(String destination, String json) {
        String receipt = "m-" + receipts.incrementAndGet();
        send("SEND\ndestination:" + destination + "\ncontent-type:application/json\nreceipt:" + receipt + "\n\n"
                + json + "\0");
        awaitReceipt(receipt);
    }

    public void awaitReceipt(String receipt) {
        Frame answer = next(frame -> (frame.command().equals("RECEIPT") && receipt.equals(frame.header("receipt-id")))
                || frame.command().equals("ERROR"));
        if (!answer.command().equals("RECEIPT")) {
            throw new IllegalStateException("no RECEIPT " + receipt + ": " + answer);
        }
    }

    /**
     * Takes the first received frame that matches, waiting for it; frames that do not match stay for
     * later calls. Fails after {@link #PATIENCE}.
     */
    public Frame next(Predicate<Frame> wanted) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        synchronized (received) {
            while (true) {
                for (java.util.Iterator<Frame> it = received.iterator(); it.hasNext(); ) {
                    Frame frame = it.next();
                    if (wanted.test(frame)) {
                        it.remove();
                        return frame;
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("no such frame within " + PATIENCE + "; received "
                            + received.subList(0, Math.min(20, received.size())) + "; closed: " + closed.getNow(null)
                            + "; failure: " + failure);
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

    public Frame nextCommand(String command) {
        return next(frame -> frame.command().equals(command));
    }

    /** Every frame received so far and not taken by {@link #next}, oldest first. */
    public List<Frame> pending() {
        synchronized (received) {
            return new ArrayList<>(received);
        }
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

    @Override
    public void close() {
        if (isOpen()) {
            try {
                send("DISCONNECT\n\n\0");
                socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(5, TimeUnit.SECONDS);
            } catch (Exception e) {
                // the server closed it first
            }
            abort();
        }
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            Frame frame = Frame.parse(partial.toString());
            partial.setLength(0);
            if (!frame.command().equals("HEARTBEAT")) {
                Consumer<Frame> current = listener;
                if (current != null) {
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
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        failure = error;
        closed.complete(-1);
    }
}
