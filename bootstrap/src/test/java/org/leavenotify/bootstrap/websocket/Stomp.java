package org.leavenotify.bootstrap.websocket;

import java.io.IOException;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.websocket.ContainerProvider;
import jakarta.websocket.WebSocketContainer;

import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.converter.MessageConverter;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * What a browser does against the assembled application: log in over HTTP, then speak STOMP over a real
 * WebSocket with the token. Waits on RECEIPT frames and on what arrives, never on the clock.
 */
final class Stomp implements AutoCloseable {

    static final long TIMEOUT_SECONDS = 20;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
    private final WebSocketStompClient client = new WebSocketStompClient(new StandardWebSocketClient(clientContainer()));
    private final List<Session> sessions = new CopyOnWriteArrayList<>();
    private final int port;

    Stomp(int port) {
        this.port = port;
        scheduler.setThreadNamePrefix("full-app-stomp-");
        scheduler.initialize();
        client.setTaskScheduler(scheduler);
        client.setDefaultHeartbeat(new long[] {0, 0});
        client.setMessageConverter(new TextConverter());
    }

    /** {@code POST /api/auth/login} with the demo password; the access token. */
    String logIn(String username) {
        return http("POST", "/api/auth/login", null,
                "{\"username\": \"" + username + "\", \"password\": \"demo\"}").get("accessToken").asString();
    }

    /** A REST call; the JSON answer (fails unless 2xx). */
    JsonNode http(String method, String path, String token, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(TIMEOUT_SECONDS))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 299);
            return JsonMapper.shared().readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Opens a STOMP session with {@code Authorization: Bearer <token>}; does not wait. */
    Session open(String token) {
        StompHeaders connect = new StompHeaders();
        connect.add("Authorization", "Bearer " + token);
        Session session = new Session();
        sessions.add(session);
        client.connectAsync(URI.create("ws://127.0.0.1:" + port + "/ws"), new WebSocketHttpHeaders(), connect, session)
                .whenComplete((stomp, error) -> {
                    if (error != null) {
                        session.closed.complete(error);
                    }
                });
        return session;
    }

    Session connect(String token) {
        Session session = open(token);
        try {
            session.connected.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            fail("not connected; errors: " + session.errors, e);
        }
        return session;
    }

    @Override
    public void close() {
        for (Session session : sessions) {
            boolean open = session.connected.isDone() && !session.connected.isCompletedExceptionally();
            StompSession stomp = open ? session.connected.join() : null;
            if (stomp != null && stomp.isConnected()) {
                stomp.disconnect();
            }
        }
        client.stop();
        scheduler.shutdown();
    }

    static final class Session extends StompSessionHandlerAdapter {

        private final AtomicInteger receipts = new AtomicInteger();
        private final CompletableFuture<StompSession> connected = new CompletableFuture<>();
        private final CompletableFuture<Throwable> closed = new CompletableFuture<>();
        private final BlockingQueue<String> errors = new LinkedBlockingQueue<>();
        private final Map<String, BlockingQueue<Received>> received = new ConcurrentHashMap<>();

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
            errors.add(String.valueOf(headers.getFirst("message")));
        }

        @Override
        public void handleTransportError(StompSession session, Throwable exception) {
            connected.completeExceptionally(exception);
            closed.complete(exception);
        }

        /** Subscribes and waits for the RECEIPT: from then on the subscription is active. */
        void subscribe(String destination) {
            BlockingQueue<Received> queue = queue(destination);
            StompHeaders headers = new StompHeaders();
            headers.setDestination(destination);
            headers.setReceipt("r-" + receipts.incrementAndGet());
            awaitReceipt(connected.join().subscribe(headers, new StompFrameHandler() {
                @Override
                public Type getPayloadType(StompHeaders frameHeaders) {
                    return String.class;
                }

                @Override
                public void handleFrame(StompHeaders frameHeaders, Object payload) {
                    queue.add(new Received(frameHeaders, (String) payload));
                }
            }));
        }

        /** Sends and waits for the RECEIPT, that is until the server has processed the frame. */
        void send(String destination, String json) {
            StompHeaders headers = new StompHeaders();
            headers.setDestination(destination);
            headers.setContentType(MimeTypeUtils.APPLICATION_JSON);
            headers.setReceipt("r-" + receipts.incrementAndGet());
            awaitReceipt(connected.join().send(headers, json.getBytes(StandardCharsets.UTF_8)));
        }

        JsonNode next(String destination) {
            return nextFrame(destination).json();
        }

        /** The next MESSAGE frame on {@code destination}, headers and all. */
        Received nextFrame(String destination) {
            try {
                Received frame = queue(destination).poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                assertThat(frame).as("a message on " + destination).isNotNull();
                return frame;
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }

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
            assertThat(closed).as("closed by the server").succeedsWithin(Duration.ofSeconds(TIMEOUT_SECONDS));
        }

        private BlockingQueue<Received> queue(String destination) {
            return received.computeIfAbsent(destination, key -> new LinkedBlockingQueue<>());
        }

        private static void awaitReceipt(StompSession.Receiptable receiptable) {
            CompletableFuture<Void> receipt = new CompletableFuture<>();
            receiptable.addReceiptTask(() -> receipt.complete(null));
            receiptable.addReceiptLostTask(() -> receipt.completeExceptionally(new AssertionError("receipt lost")));
            assertThat(receipt).as("RECEIPT " + receiptable.getReceiptId())
                    .succeedsWithin(Duration.ofSeconds(TIMEOUT_SECONDS));
        }
    }

    /** A MESSAGE frame as received: its headers and its JSON body. */
    record Received(StompHeaders headers, String body) {

        JsonNode json() {
            return JsonMapper.shared().readTree(body);
        }
    }

    /** Payloads as text, both ways: the tests read and write the JSON themselves. */
    private static final class TextConverter implements MessageConverter {

        @Override
        public Object fromMessage(Message<?> message, Class<?> targetClass) {
            return message.getPayload() instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8)
                    : String.valueOf(message.getPayload());
        }

        @Override
        public Message<?> toMessage(Object payload, MessageHeaders headers) {
            byte[] bytes = payload instanceof byte[] raw ? raw : payload.toString().getBytes(StandardCharsets.UTF_8);
            return MessageBuilder.createMessage(bytes, headers);
        }
    }

    /**
     * A WebSocket client that takes messages up to 1 MB. The client is Tomcat's, in the application's JVM,
     * so its default message size is the application's 1 KB WebSocket buffer
     * ({@code leavenotify.connections.websocket-buffer-size}); a browser has no such limit.
     */
    static WebSocketContainer clientContainer() {
        WebSocketContainer container = ContainerProvider.getWebSocketContainer();
        container.setDefaultMaxTextMessageBufferSize(1024 * 1024);
        container.setDefaultMaxBinaryMessageBufferSize(1024 * 1024);
        return container;
    }
}
