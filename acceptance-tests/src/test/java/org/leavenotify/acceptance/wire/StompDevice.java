package org.leavenotify.acceptance.wire;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.leavenotify.acceptance.steps.SeenNotification;
import org.leavenotify.testsupport.StompTestClient;
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

    private final StompTestClient client;
    private final Map<String, SeenNotification> shown = new LinkedHashMap<>();
    private final List<JsonNode> errors = new ArrayList<>();
    private volatile long unreadCount = -1;
    private volatile String newestId;
    private volatile StompTestClient.Session session;
    private volatile CompletableFuture<JsonNode> pendingList;
    /** How the server ended the newest session: its ERROR frame's message. */
    private volatile CompletableFuture<String> ended = new CompletableFuture<>();

    StompDevice(StompTestClient client) {
        this.client = client;
    }

    /** Connects with the token; a refused CONNECT (an ERROR frame) fails with its message. */
    static StompTestClient.Session connect(StompTestClient client, String token) {
        StompTestClient.Session session = client.open(token);
        String refusal = session.awaitConnectedOrRefused();
        if (refusal != null) {
            throw new StompRefused(refusal);
        }
        return session;
    }

    void goOnline(String token) {
        session = connect(client, token);
        ended = session.firstError();
        session.subscribe(NOTIFICATIONS, frame -> show(frame.json()));
        session.subscribe(UNREAD_COUNT, frame -> unreadCountChanged(frame.json().path("unreadCount").asLong()));
        session.subscribe(LIST, frame -> {
            CompletableFuture<JsonNode> waiting = pendingList;
            if (waiting != null) {
                waiting.complete(frame.json());
            }
        });
        session.subscribe(ERRORS, frame -> {
            synchronized (errors) {
                errors.add(frame.json());
            }
        });
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
        session.send("/app/notifications", Http.JSON.writeValueAsString(ask));
        JsonNode page = pendingList.get(10, TimeUnit.SECONDS);
        page.path("items").forEach(this::show);
    }

    void goOffline() {
        StompTestClient.Session current = session;
        if (current != null) {
            current.disconnect();
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
