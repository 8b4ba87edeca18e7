package org.leavenotify.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.lang.reflect.Type;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import jakarta.websocket.ContainerProvider;
import jakarta.websocket.WebSocketContainer;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The high-level STOMP client of the tests: Spring's STOMP client over a real WebSocket, as a browser would use
 * the endpoint. It waits on RECEIPT frames and on what arrives, never on the clock; every wait gives up after
 * {@link #TIMEOUT_SECONDS}. For frames written by hand, byte by byte, the abuse tests have their own raw client.
 */
public final class StompTestClient implements AutoCloseable {

    public static final long TIMEOUT_SECONDS = 20;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final WebSocketStompClient client;
    private final URI endpoint;
    private final ThreadPoolTaskScheduler scheduler;
    private final List<Session> sessions = new CopyOnWriteArrayList<>();

    /** A client of the application listening on {@code port} (endpoint {@code /ws}). */
    public StompTestClient(int port) {
        this.client = new WebSocketStompClient(new StandardWebSocketClient(clientContainer()));
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
    public Session open(String token) {
        return open(token, new WebSocketHttpHeaders());
    }

    public Session open(String token, WebSocketHttpHeaders handshakeHeaders) {
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
    public Session connect(String token) {
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

    public static Map<String, Object> parse(String json) {
        @SuppressWarnings("unchecked")
        Map<String, Object> parsed = JSON.readValue(json, Map.class);
        return parsed;
    }

    /**
     * A WebSocket client that takes messages up to 1 MB. Tomcat's client, in the application's JVM, would
     * otherwise take the application's WebSocket buffer size as its default; a browser has no such limit.
     */
    public static WebSocketContainer clientContainer() {
        WebSocketContainer container = ContainerProvider.getWebSocketContainer();
        container.setDefaultMaxTextMessageBufferSize(1024 * 1024);
        container.setDefaultMaxBinaryMessageBufferSize(1024 * 1024);
        return container;
    }

    /** A MESSAGE frame as received: its headers and its body. */
    public record Received(StompHeaders headers, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public Map<String, Object> map() {
            return parse(body);
        }
    }

    /** One STOMP session and everything that arrived on it. */
    public static final class Session extends StompSessionHandlerAdapter {

        private final AtomicInteger receipts = new AtomicInteger();
        private final CompletableFuture<StompSession> connected = new CompletableFuture<>();
        private final CompletableFuture<Throwable> closed = new CompletableFuture<>();
        private final BlockingQueue<String> errors = new LinkedBlockingQueue<>();
        private final CompletableFuture<String> firstError = new CompletableFuture<>();
        private final Map<String, BlockingQueue<Received>> received = new ConcurrentHashMap<>();

        private Session() {
        }

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
            String error = message == null ? String.valueOf(payload) : message;
            errors.add(error);
            firstError.complete(error);
        }

        @Override
        public void handleTransportError(StompSession session, Throwable exception) {
            firstError.complete("transport: " + exception.getMessage());
            connected.completeExceptionally(exception);
            closed.complete(exception);
        }

        @Override
        public void handleException(StompSession session, StompCommand command, StompHeaders headers,
                                    byte[] payload, Throwable exception) {
            errors.add("client failed to handle " + command + ": " + exception);
            firstError.complete("exception: " + exception.getMessage());
        }

        /** The first ERROR frame's message (or what ended the transport): how the server closed this session. */
        public CompletableFuture<String> firstError() {
            return firstError;
        }

        /** Waits for CONNECTED (null) or for the refusal: the ERROR frame's message, or why the transport failed. */
        public String awaitConnectedOrRefused() {
            try {
                Object outcome = CompletableFuture.anyOf(connected, firstError).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                return outcome instanceof String refusal ? refusal : null;
            } catch (ExecutionException e) {
                return firstError.getNow("transport: " + e.getCause().getMessage());
            } catch (Exception e) {
                throw new AssertionError("neither CONNECTED nor an ERROR frame; errors: " + errors, e);
            }
        }

        /** Completes when the server answers CONNECTED, exceptionally when it refuses or the transport fails. */
        public CompletableFuture<StompSession> connected() {
            return connected;
        }

        public StompSession stomp() {
            return connected.join();
        }

        public void awaitConnected() {
            try {
                connected.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (Exception e) {
                fail("not connected; errors: " + errors, e);
            }
        }

        /** The message of the next ERROR frame. */
        public String awaitError() {
            try {
                String error = errors.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                assertThat(error).as("an ERROR frame").isNotNull();
                return error;
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }

        public void awaitClosed() {
            try {
                closed.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (Exception e) {
                fail("the server did not close the session", e);
            }
        }

        public boolean isClosed() {
            return closed.isDone();
        }

        /** Fails if the session was closed, saying why and which ERROR frames came first. */
        public void assertOpen() {
            assertThat(closed.getNow(null)).as("the session was closed; errors: " + errors).isNull();
        }

        /** Subscribes and waits for the RECEIPT: from then on the subscription is active on the server. */
        public void subscribe(String destination) {
            awaitReceipt(subscribeWithoutWaiting(destination));
        }

        /** Subscribes, hands every message to {@code onMessage} (instead of keeping it for next) and waits for the RECEIPT. */
        public void subscribe(String destination, Consumer<Received> onMessage) {
            awaitReceipt(subscribeWithoutWaiting(destination, onMessage));
        }

        public StompSession.Receiptable subscribeWithoutWaiting(String destination) {
            return subscribeWithoutWaiting(destination, queue(destination)::add);
        }

        private StompSession.Receiptable subscribeWithoutWaiting(String destination, Consumer<Received> onMessage) {
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
                    onMessage.accept(new Received(frameHeaders, (String) payload));
                }
            });
        }

        /** Sends and waits for the RECEIPT, that is until the server has processed the frame. */
        public void send(String destination, String json) {
            awaitReceipt(sendWithoutWaiting(destination, json));
        }

        public StompSession.Receiptable sendWithoutWaiting(String destination, String body) {
            StompHeaders headers = new StompHeaders();
            headers.setDestination(destination);
            headers.setContentType(MimeTypeUtils.APPLICATION_JSON);
            headers.setReceipt("receipt-" + receipts.incrementAndGet());
            return stomp().send(headers, body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8));
        }

        /** The next message on {@code destination}, as a JSON object. */
        public Map<String, Object> next(String destination) {
            return nextFrame(destination).map();
        }

        /** The next MESSAGE frame on {@code destination}, headers and all. */
        public Received nextFrame(String destination) {
            try {
                Received frame = queue(destination).poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                assertThat(frame).as("a message on " + destination).isNotNull();
                return frame;
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }

        /** How many messages arrived on {@code destination} and were not taken yet. */
        public int pending(String destination) {
            return queue(destination).size();
        }

        public void disconnect() {
            StompSession stomp = connected.isDone() && !connected.isCompletedExceptionally() ? connected.join() : null;
            if (stomp != null && stomp.isConnected()) {
                stomp.disconnect();
            }
        }

        private BlockingQueue<Received> queue(String destination) {
            return received.computeIfAbsent(destination, key -> new LinkedBlockingQueue<>());
        }

        public static void awaitReceipt(StompSession.Receiptable receiptable) {
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
