package org.leavenotify.adapter.memory;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.leavenotify.application.auth.port.out.FailedAttemptsPort;

/**
 * Failed attempts in this process's memory: for the in-memory store (one node by definition) and tests.
 * Holds at most 100,000 windows; beyond that, ended ones are dropped first.
 */
public final class InMemoryFailedAttempts implements FailedAttemptsPort {

    private static final int MAX_TRACKED = 100_000;

    private record Window(int count, Instant end) {
    }

    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    @Override
    public int recordFailure(String key, Instant start, Instant end) {
        if (windows.size() >= MAX_TRACKED) {
            removeEndedBy(start);
        }
        return windows.merge(id(key, start), new Window(1, end),
                (current, one) -> new Window(current.count() + 1, current.end())).count();
    }

    @Override
    public int failures(String key, Instant start) {
        Window window = windows.get(id(key, start));
        return window == null ? 0 : window.count();
    }

    @Override
    public void forget(String key, Instant start) {
        windows.remove(id(key, start));
    }

    @Override
    public int removeEndedBy(Instant instant) {
        int before = windows.size();
        windows.values().removeIf(window -> !window.end().isAfter(instant));
        return Math.max(0, before - windows.size());
    }

    private static String id(String key, Instant start) {
        return key + "@" + start.getEpochSecond();
    }
}
