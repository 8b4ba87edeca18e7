package org.leavenotify.adapter.websocket;

import java.lang.reflect.Type;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.converter.MessageConverter;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.util.MimeTypeUtils;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * A STOMP client over a real WebSocket, as a browser would use the endpoint: it waits on RECEIPT frames
 * and on what arrives, never on the clock. Every wait gives up after {@link #TIMEOUT_SECONDS}.
 */
final class StompTestClient implements AutoCloseable {

    static final long TIMEOUT_SECONDS = 15;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final WebSocketStompClient client;
    private final URI endpoint;
    private final ThreadPoolTaskScheduler scheduler;
    private final List<Session> sessions = new CopyOnWriteArrayList<>();

    StompTestClient(int port) {
        this.client = new WebSocketStompClient(new StandardWebSocketClient());
        this.client.setMessageConverter(new RawJsonConverter());
        this.scheduler = new ThreadPoolTaskScheduler();
        this.scheduler.setThreadNamePrefix("stomp-test-client-");
        this.scheduler.initialize();
        this.client.setTaskScheduler(scheduler);
        this.client.setDefaultHeartbeat(new long[] {0, 0});
        this.client.setReceiptTimeLimit(TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS));
        this.endpoint = URI.create("ws://localhost:" + port + "/ws");
    }

    /** Opens a session with {@code Authorization: Bearer <token>} (no header when null); does not wait. */
    Session open(String token) {
        return open(token, new WebSocketHttpHeaders());
    }

    Session open(String token, WebSocketHttpHeaders handshakeHeaders) {
        StompHeaders connectHeaders = new StompHeaders();
        if (token != null) {
            connectHeaders.add("Authorization", "Bearer " + token);
        }
        Session session = new Session();
        sessions.add(session);
        client.connectAsync(endpoint, handshakeHeaders, connectHeaders, session)
                .whenComplete((stomp, error) -> {
                    if (error != null) {
                        session.connected.completeExceptionally(error);
                        session.closed.complete(error);
                    }
                });
        return session;
    }

    /** Opens a session and waits until the server has answered CONNECTED. */
    Session connect(String token) {
        Session session = open(token);
        session.awaitConnected();
        return session;
    }

    @Override
    public void close() {
        sessions.forEach(Session::disconnect);
        client.stop();
        scheduler.shutdown();
    }

    static Map<String, Object> parse(String json) {
        @SuppressWarnings("unchecked")
        Map<String, Object> parsed = JSON.readValue(json, Map.class);
        return parsed;
    }

    /** One STOMP session and everything that arrived on it. */
    static final class Session extends StompSessionHandlerAdapter {

        private final AtomicInteger receipts = new AtomicInteger();
        final CompletableFuture<StompSession> connected = new CompletableFuture<>();
        final CompletableFuture<Throwable> closed = new CompletableFuture<>();
        private final BlockingQueue<String> errors = new LinkedBlockingQueue<>();
        private final Map<String, BlockingQueue<String>> received = new ConcurrentHashMap<>();

        @Override
        public void afterConnected(StompSession session, StompHeaders connectedHeaders) {
            connected.complete(session);
        }

        @Override
        public Type getPayloadType(StompHeaders headers) {
            return String.class;
        }

        @Override
        public void handleFrame(StompHeaders headers, Object payload) {
            String message = headers.getFirst("message");
            errors.add(message == null ? String.valueOf(payload) : message);
        }

        @Override
        public void handleTransportError(StompSession session, Throwable exception) {
            connected.completeExceptionally(exception);
            closed.complete(exception);
        }

        @Override
        public void handleException(StompSession session, StompCommand command, StompHeaders headers,
                                    byte[] payload, Throwable exception) {
            errors.add("client failed to handle " + command + ": " + exception);
        }

        StompSession stomp() {
            return connected.join();
        }

        void awaitConnected() {
            try {
                connected.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (Exception e) {
                fail("not connected; errors: " + errors, e);
            }
        }

        /** The message of the next ERROR frame. */
        String awaitError() {
            try {
                String error = errors.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                assertThat(error).as("an ERROR frame").isNotNull();
                return error;
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }

        void awaitClosed() {
            try {
                closed.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (Exception e) {
                fail("the server did not close the session", e);
            }
        }

        boolean isClosed() {
            return closed.isDone();
        }

        /** Fails if the session was closed, saying why and which ERROR frames came first. */
        void assertOpen() {
            assertThat(closed.getNow(null)).as("the session was closed; errors: " + errors).isNull();
        }

        /** Subscribes and waits for the RECEIPT: from then on the subscription is active on the server. */
        void subscribe(String destination) {
            awaitReceipt(subscribeWithoutWaiting(destination));
        }

        StompSession.Receiptable subscribeWithoutWaiting(String destination) {
            BlockingQueue<String> queue = received.computeIfAbsent(destination, key -> new LinkedBlockingQueue<>());
            StompHeaders headers = new StompHeaders();
            headers.setDestination(destination);
            headers.setReceipt("receipt-" + receipts.incrementAndGet());
            return stomp().subscribe(headers, new StompFrameHandler() {
                @Override
                public Type getPayloadType(StompHeaders frameHeaders) {
                    return String.class;
                }

                @Override
                public void handleFrame(StompHeaders frameHeaders, Object payload) {
                    queue.add((String) payload);
                }
            });
        }

        /** Sends and waits for the RECEIPT, that is until the server has processed the frame. */
        void send(String destination, String json) {
            awaitReceipt(sendWithoutWaiting(destination, json));
        }

        StompSession.Receiptable sendWithoutWaiting(String destination, String body) {
            StompHeaders headers = new StompHeaders();
            headers.setDestination(destination);
            headers.setContentType(MimeTypeUtils.APPLICATION_JSON);
            headers.setReceipt("receipt-" + receipts.incrementAndGet());
            return stomp().send(headers, body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8));
        }

        /** The next message on {@code destination}, as a JSON object. */
        Map<String, Object> next(String destination) {
            try {
                String json = received.computeIfAbsent(destination, key -> new LinkedBlockingQueue<>())
                        .poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                assertThat(json).as("a message on " + destination).isNotNull();
                return parse(json);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }

        /** How many messages arrived on {@code destination} and were not taken yet. */
        int pending(String destination) {
            return received.computeIfAbsent(destination, key -> new LinkedBlockingQueue<>()).size();
        }

        void disconnect() {
            StompSession stomp = connected.isDone() && !connected.isCompletedExceptionally() ? connected.join() : null;
            if (stomp != null && stomp.isConnected()) {
                stomp.disconnect();
            }
        }

        static void awaitReceipt(StompSession.Receiptable receiptable) {
            CompletableFuture<Void> receipt = new CompletableFuture<>();
            receiptable.addReceiptTask(() -> receipt.complete(null));
            receiptable.addReceiptLostTask(() -> receipt.completeExceptionally(new AssertionError("receipt lost")));
            try {
                receipt.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (Exception e) {
                fail("no RECEIPT for " + receiptable.getReceiptId(), e);
            }
        }
    }

    /** Hands payloads over as text and sends text or bytes as they are: the tests read the JSON themselves. */
    private static final class RawJsonConverter implements MessageConverter {

        @Override
        public Object fromMessage(Message<?> message, Class<?> targetClass) {
            Object payload = message.getPayload();
            return payload instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : payload.toString();
        }

        @Override
        public Message<?> toMessage(Object payload, MessageHeaders headers) {
            byte[] bytes = payload instanceof byte[] raw ? raw : payload.toString().getBytes(StandardCharsets.UTF_8);
            return MessageBuilder.createMessage(bytes, headers);
        }
    }
}
