package org.leavenotify.bootstrap.reliability;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.leavenotify.testsupport.StompFrame;
import org.leavenotify.testsupport.StompFrameClient;
import tools.jackson.databind.JsonNode;

/**
 * One device of one person, doing what CONTRACT.md asks of a client: subscribe with receipts, then ask
 * for everything after the newest id it holds (page by page), keep each notification once by id, and do
 * it all again after every reconnect. Counts what arrived twice on the wire (a push racing the catch-up
 * page, or an event pushed again after a crash), which the contract tells clients to drop.
 */
public final class Device {

    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f]{24})\"");

    private final String user;
    private final TreeMap<String, String> held = new TreeMap<>();
    private final AtomicInteger wireDuplicates = new AtomicInteger();
    private final AtomicInteger connects = new AtomicInteger();
    private volatile StompFrameClient client;
    private volatile String baseline;

    public Device(String user) {
        this.user = user;
    }

    public String user() {
        return user;
    }

    /**
     * Connects, subscribes (waiting for the receipts) and catches up after the newest id held. A device
     * that holds nothing yet starts from the newest notification stored when it first connects (as a
     * client that shows only what is new), asked for before it subscribes to live ones, so that nothing
     * falls between the two.
     */
    public void goOnline(HttpClient http, int port, String token) {
        StompFrameClient session = StompFrameClient.connect(http, port, token);
        session.onFrame(frame -> {
            if ("MESSAGE".equals(frame.command())
                    && "/user/queue/notifications".equals(frame.header("destination"))) {
                keep(JsonBody.idOf(frame.body()), frame.body());
            }
        });
        client = session;
        connects.incrementAndGet();
        // the cursor is the newest id held before this connection: a live push that arrives while
        // subscribing may be newer than ones still missing, and must not move the cursor past them
        String heldBefore = newest();
        session.subscribe("l", "/user/queue/notifications/list");
        if (baseline == null) {
            JsonNode newest = list(session, "{\"limit\": 1}").get("items");
            baseline = newest.isEmpty() ? "" : newest.get(0).get("id").asString();
        }
        session.subscribe("n", "/user/queue/notifications");
        catchUp(session, heldBefore);
    }

    /** Of the recipient's stored ids (in order), those this device is to hold: all after its baseline. */
    public List<String> toHold(List<String> storedIds) {
        return storedIds.stream().filter(id -> baseline == null || id.compareTo(baseline) > 0).toList();
    }

    private void catchUp(StompFrameClient session, String heldBefore) {
        String after = heldBefore;
        if (after == null) {
            after = baseline;
        }
        if (after == null || after.isEmpty()) {
            catchUpFromTheStart(session);
            return;
        }
        while (true) {
            JsonNode json = list(session, "{\"after\": \"" + after + "\", \"limit\": 100}");
            for (JsonNode item : json.get("items")) {
                keep(item.get("id").asString(), item.toString());
                after = item.get("id").asString();
            }
            if (!json.get("hasMore").asBoolean() || json.get("items").isEmpty()) {
                return;
            }
        }
    }

    /** Nothing held and nothing stored at the baseline: everything there is, newest first, page by page. */
    private void catchUpFromTheStart(StompFrameClient session) {
        JsonNode json = list(session, "{\"limit\": 100}");
        while (true) {
            String before = null;
            for (JsonNode item : json.get("items")) {
                keep(item.get("id").asString(), item.toString());
                before = item.get("id").asString();
            }
            if (!json.get("hasMore").asBoolean() || before == null) {
                return;
            }
            json = list(session, "{\"before\": \"" + before + "\", \"limit\": 100}");
        }
    }

    private static JsonNode list(StompFrameClient session, String request) {
        session.sendJson("/app/notifications", request);
        StompFrame page = session.next(frame -> "MESSAGE".equals(frame.command())
                && "/user/queue/notifications/list".equals(frame.header("destination")));
        return Api.JSON.readTree(page.body());
    }

    /** Drops the connection without a word, as a lost network or a killed server would. */
    public void drop() {
        StompFrameClient current = client;
        if (current != null) {
            current.abort();
        }
    }

    public void close() {
        StompFrameClient current = client;
        if (current != null) {
            current.close();
        }
    }

    public boolean isOpen() {
        StompFrameClient current = client;
        return current != null && current.isOpen();
    }

    /** The ids held, in id (creation) order. */
    public List<String> heldIds() {
        synchronized (held) {
            return new ArrayList<>(held.keySet());
        }
    }

    public int wireDuplicates() {
        return wireDuplicates.get();
    }

    public int connects() {
        return connects.get();
    }

    /** Waits (bounded) until this device holds exactly {@code expected}; returns what it holds then. */
    public List<String> awaitHolding(List<String> expected, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        synchronized (held) {
            while (!new ArrayList<>(held.keySet()).equals(expected) && System.nanoTime() < deadline) {
                try {
                    held.wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            return new ArrayList<>(held.keySet());
        }
    }

    /** Waits (bounded) until this device holds more than {@code count}; returns how many it holds then. */
    public int awaitHoldingMoreThan(int count, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        synchronized (held) {
            while (held.size() <= count && System.nanoTime() < deadline) {
                try {
                    held.wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            return held.size();
        }
    }

    private String newest() {
        synchronized (held) {
            return held.isEmpty() ? null : held.lastKey();
        }
    }

    private void keep(String id, String json) {
        synchronized (held) {
            if (held.putIfAbsent(id, json) != null) {
                wireDuplicates.incrementAndGet();
            }
            held.notifyAll();
        }
    }

    /** The id of a notification's JSON without parsing all of it. */
    static final class JsonBody {
        static String idOf(String json) {
            Matcher matcher = ID.matcher(json);
            if (!matcher.find()) {
                throw new IllegalStateException("no id in " + json);
            }
            return matcher.group(1);
        }
    }
}
