package org.leavenotify.adapter.memory;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.leavenotify.application.notification.port.out.PresencePort;
import org.leavenotify.domain.organisation.EmployeeId;

/** Who is connected, counted in memory; callers report connects and disconnects. */
public final class InMemoryPresence implements PresencePort {

    private final Map<EmployeeId, Integer> sessions = new ConcurrentHashMap<>();

    @Override
    public int sessionCount(EmployeeId employee) {
        return sessions.getOrDefault(employee, 0);
    }

    public void connected(EmployeeId employee) {
        sessions.merge(employee, 1, Integer::sum);
    }

    public void disconnected(EmployeeId employee) {
        sessions.computeIfPresent(employee, (key, count) -> count > 1 ? count - 1 : null);
    }
}
