package org.leavenotify.adapter.websocket;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.leavenotify.testsupport.StompTestClient;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.handler.TextWebSocketHandler;

import static org.assertj.core.api.Assertions.assertThat;

/** Hand-written STOMP frames over a real WebSocket, to see exactly which frames the server writes. */
final class RawStompConnection extends TextWebSocketHandler implements AutoCloseable {

    private final BlockingQueue<String> frames = new LinkedBlockingQueue<>();
    private final CompletableFuture<CloseStatus> closed = new CompletableFuture<>();
    private final WebSocketSession session;

    RawStompConnection(int port) {
        try {
            session = new StandardWebSocketClient().execute(this, new WebSocketHttpHeaders(),
                    URI.create("ws://localhost:" + port + "/ws"))
                    .get(StompTestClient.TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("could not open the WebSocket", e);
        }
    }

    /** Sends one frame: command, headers as "name:value" lines, and an empty body. */
    void send(String command, String... headers) {
        StringBuilder frame = new StringBuilder(command).append('\n');
        for (String header : headers) {
            frame.append(header).append('\n');
        }
        frame.append('\n').append('\0');
        try {
            session.sendMessage(new TextMessage(frame.toString()));
        } catch (Exception e) {
            throw new AssertionError("could not send " + command, e);
        }
    }

    /** The next frame whose text starts with {@code prefix}, skipping others; fails after the timeout. */
    String next(String prefix) {
        List<String> skipped = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(StompTestClient.TIMEOUT_SECONDS);
        try {
            while (System.nanoTime() < deadline) {
                String frame = frames.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (frame != null && frame.startsWith(prefix)) {
                    return frame;
                }
                if (frame != null) {
                    skipped.add(frame);
                }
            }
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("no frame starting with " + prefix.replace("\n", "\\n") + "; got " + skipped);
    }

    CloseStatus awaitClosed() {
        try {
            return closed.get(StompTestClient.TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the server did not close the connection", e);
        }
    }

    /** Every frame received and not taken yet. */
    List<String> remaining() {
        List<String> rest = new ArrayList<>();
        frames.drainTo(rest);
        return rest;
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) {
        frames.add(message.getPayload());
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        closed.complete(status);
    }

    @Override
    public void close() throws Exception {
        if (session.isOpen()) {
            session.close();
        }
        assertThat(closed).succeedsWithin(java.time.Duration.ofSeconds(StompTestClient.TIMEOUT_SECONDS));
    }
}
