package org.leavenotify.acceptance.wire;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.leavenotify.acceptance.steps.SeenNotification;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.messaging.WebSocketStompClient;
import tools.jackson.databind.JsonNode;

/**
 * One device of one person, behaving as the web client does: it subscribes to its notification,
 * unread-count, list and error destinations (waiting for each RECEIPT), shows each notification once
 * (dedupe by id), and when it reconnects asks for what came after the newest id it holds.
 */
final class StompDevice {

    static final String NOTIFICATIONS = "/user/queue/notifications";
    static final String UNREAD_COUNT = "/user/queue/notifications/unread-count";
    static final String LIST = "/user/queue/notifications/list";
    static final String ERRORS = "/user/queue/errors";

    private final WebSocketStompClient client;
    private final String url;
    private final Map<String, SeenNotification> shown = new LinkedHashMap<>();
    private final List<JsonNode> errors = new ArrayList<>();
    private volatile long unreadCount = -1;
    private volatile String newestId;
    private volatile StompSession session;
    private volatile CompletableFuture<JsonNode> pendingList;
    private volatile CompletableFuture<String> ended = new CompletableFuture<>();

    StompDevice(WebSocketStompClient client, String url) {
        this.client = client;
        this.url = url;
    }

    /** Connects with the token; a refused CONNECT (an ERROR frame) fails with its message. */
    static StompSession connect(WebSocketStompClient client, String url, String token, CompletableFuture<String> error)
            throws Exception {
        StompHeaders connect = new StompHeaders();
        if (token != null) {
            connect.add("Authorization", "Bearer " + token);
        }
        StompSessionHandlerAdapter handler = new StompSessionHandlerAdapter() {
            @Override
            public void handleFrame(StompHeaders headers, Object payload) {
                error.complete(headers.getFirst("message"));
            }

            @Override
            public Type getPayloadType(StompHeaders headers) {
                return String.class;
            }

            @Override
            public void handleException(StompSession s, StompCommand command, StompHeaders headers, byte[] payload,
                                        Throwable exception) {
                error.complete("exception: " + exception.getMessage());
            }

            @Override
            public void handleTransportError(StompSession s, Throwable exception) {
                error.complete("transport: " + exception.getMessage());
            }
        };
        CompletableFuture<StompSession> connected = client.connectAsync(url, new WebSocketHttpHeaders(), connect, handler);
        CompletableFuture<Object> first = CompletableFuture.anyOf(connected, error);
        Object outcome = first.get(10, TimeUnit.SECONDS);
        if (outcome instanceof StompSession stompSession) {
            stompSession.setAutoReceipt(true);
            return stompSession;
        }
        throw new StompRefused(String.valueOf(outcome));
    }

    void goOnline(String token) throws Exception {
        ended = new CompletableFuture<>();
        session = connect(client, url, token, ended);
        List<CompletableFuture<Void>> receipts = new ArrayList<>();
        receipts.add(subscribe(NOTIFICATIONS, json -> show(json)));
        receipts.add(subscribe(UNREAD_COUNT, json -> unreadCountChanged(json.path("unreadCount").asLong())));
        receipts.add(subscribe(LIST, json -> {
            CompletableFuture<JsonNode> waiting = pendingList;
            if (waiting != null) {
                waiting.complete(json);
            }
        }));
        receipts.add(subscribe(ERRORS, json -> {
            synchronized (errors) {
                errors.add(json);
            }
        }));
        CompletableFuture.allOf(receipts.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
    }

    /** Reconnects and asks for everything after the newest notification this device holds. */
    void comeBackOnline(String token) throws Exception {
        goOnline(token);
        pendingList = new CompletableFuture<>();
        Map<String, Object> ask = new LinkedHashMap<>();
        ask.put("limit", 100);
        if (newestId != null) {
            ask.put("after", newestId);
        }
        StompHeaders send = new StompHeaders();
        send.setDestination("/app/notifications");
        send.setContentType(org.springframework.util.MimeTypeUtils.APPLICATION_JSON);
        session.send(send, Http.JSON.writeValueAsString(ask));
        JsonNode page = pendingList.get(10, TimeUnit.SECONDS);
        page.path("items").forEach(this::show);
    }

    void goOffline() {
        if (session != null && session.isConnected()) {
            session.disconnect();
        }
        session = null;
    }

    /**
     * What the server said when it closed this device's connection (its ERROR frame), or {@code null} if
     * the connection is still open when the time is up.
     */
    String awaitClosedByServer(java.time.Duration patience) {
        try {
            return ended.get(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException stillOpen) {
            return null;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    List<SeenNotification> shown() {
        synchronized (shown) {
            return new ArrayList<>(shown.values());
        }
    }

    long unreadCount() {
        return unreadCount;
    }

    /** Waits until at least {@code count} notifications have been shown, or the time is up. */
    List<SeenNotification> awaitShown(int count, java.time.Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        synchronized (shown) {
            while (shown.size() < count && System.nanoTime() < deadline) {
                waitOn(shown, deadline);
            }
            return new ArrayList<>(shown.values());
        }
    }

    /** Waits until the unread count shown is {@code expected}, or the time is up. */
    long awaitUnreadCount(long expected, java.time.Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        synchronized (shown) {
            while (unreadCount != expected && System.nanoTime() < deadline) {
                waitOn(shown, deadline);
            }
            return unreadCount;
        }
    }

    private static void waitOn(Object monitor, long deadline) {
        long millis = Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
        try {
            monitor.wait(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void unreadCountChanged(long count) {
        synchronized (shown) {
            unreadCount = count;
            shown.notifyAll();
        }
    }

    private CompletableFuture<Void> subscribe(String destination, java.util.function.Consumer<JsonNode> onMessage) {
        CompletableFuture<Void> receipt = new CompletableFuture<>();
        StompSession.Subscription subscription = session.subscribe(destination, new StompFrameHandler() {
            @Override
            public Type getPayloadType(StompHeaders headers) {
                return String.class;
            }

            @Override
            public void handleFrame(StompHeaders headers, Object payload) {
                onMessage.accept(Http.JSON.readTree((String) payload));
            }
        });
        subscription.addReceiptTask(() -> receipt.complete(null));
        subscription.addReceiptLostTask(() -> receipt.completeExceptionally(
                new IllegalStateException("no RECEIPT for SUBSCRIBE " + destination)));
        return receipt;
    }

    private void show(JsonNode json) {
        SeenNotification notification = WireWorld.seen(json);
        synchronized (shown) {
            shown.putIfAbsent(notification.id(), notification);
            if (newestId == null || notification.id().compareTo(newestId) > 0) {
                newestId = notification.id();
            }
            shown.notifyAll();
        }
    }

    /** The server refused the connection with an ERROR frame. */
    static final class StompRefused extends RuntimeException {
        StompRefused(String message) {
            super(message);
        }
    }
}
