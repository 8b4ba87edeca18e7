package org.leavenotify.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.leavenotify.testsupport.StompFrame;
import org.leavenotify.testsupport.StompFrameClient;

/**
 * One user's client as the docs tell clients to behave: on every (re)connection it subscribes (waiting
 * for the receipt), then asks for what came after the newest notification it holds, and drops a
 * notification it already has. It remembers every notification it was given, live or caught up, and on
 * which connection.
 */
final class Device {

    static final String LIST = "/user/queue/notifications/list";

    final String username;
    private final List<StompFrameClient> connections = new ArrayList<>();
    private final List<String> caughtUp = new ArrayList<>();
    private String newestAtStart;

    Device(String username) {
        this.username = username;
    }

    /** Connects to the node, subscribes, and catches up after the newest id it holds (if any). */
    StompFrameClient connectTo(int port, String token, String newestHeld) {
        return connectWith(() -> StompFrameClient.connect(port, token), newestHeld);
    }

    /** As {@link #connectTo(int, String, String)}, the connection opened by {@code opener}. */
    StompFrameClient connectWith(java.util.function.Supplier<StompFrameClient> opener, String newestHeld) {
        if (newestAtStart == null) {
            newestAtStart = newestHeld;
        }
        StompFrameClient connection = opener.get();
        connection.subscribe(StompFrameClient.NOTIFICATIONS);
        connection.subscribe(LIST);
        String after = newest() != null ? newest() : newestHeld;
        boolean reconnecting;
        synchronized (connections) {
            reconnecting = !connections.isEmpty();
        }
        if (after == null && reconnecting) {
            // back after a drop, holding nothing yet: the newest page is everything so far (the tests stay under 100)
            int before = connection.messages(LIST).size();
            connection.sendJson("/app/notifications", "{\"limit\":100}");
            connection.await(frame -> connection.messages(LIST).size() > before, "first page");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> items = (List<Map<String, Object>>) Api.parse(
                    connection.messages(LIST).get(before).body()).get("items");
            items.forEach(item -> caughtUp.add((String) item.get("id")));
        }
        while (after != null) {
            int before = connection.messages(LIST).size();
            connection.sendJson("/app/notifications", "{\"after\":\"" + after + "\",\"limit\":100}");
            connection.await(frame -> connection.messages(LIST).size() > before, "catch-up list");
            StompFrame reply = connection.messages(LIST).get(before);
            Map<String, Object> page = Api.parse(reply.body());
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> items = (List<Map<String, Object>>) page.get("items");
            items.forEach(item -> caughtUp.add((String) item.get("id")));
            after = Boolean.TRUE.equals(page.get("hasMore")) && !items.isEmpty()
                    ? (String) items.get(items.size() - 1).get("id") : null;
        }
        synchronized (connections) {
            connections.add(connection);
        }
        return connection;
    }

    StompFrameClient current() {
        synchronized (connections) {
            return connections.get(connections.size() - 1);
        }
    }

    /** Every notification id the device holds, each once, oldest first. */
    Set<String> held() {
        Set<String> ids = new java.util.TreeSet<>(caughtUp);
        liveDeliveries().keySet().forEach(ids::add);
        return new LinkedHashSet<>(ids);
    }

    /** How often each notification was pushed live, over all connections. */
    Map<String, Integer> liveDeliveries() {
        Map<String, Integer> counts = new HashMap<>();
        synchronized (connections) {
            for (StompFrameClient connection : connections) {
                connection.liveNotificationIds().forEach(id -> counts.merge(id, 1, Integer::sum));
            }
        }
        return counts;
    }

    /** The newest id held (ids sort in creation order), or null. */
    String newest() {
        String newest = null;
        for (String id : held()) {
            if (newest == null || id.compareTo(newest) > 0) {
                newest = id;
            }
        }
        return newest != null ? newest : newestAtStart;
    }

    void close() {
        synchronized (connections) {
            connections.forEach(StompFrameClient::close);
        }
    }
}
