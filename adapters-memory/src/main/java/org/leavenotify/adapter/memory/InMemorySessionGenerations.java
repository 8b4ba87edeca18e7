package org.leavenotify.adapter.memory;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.leavenotify.application.auth.port.out.SessionGenerationsPort;
import org.leavenotify.domain.organisation.EmployeeId;

/** Session generations in memory: for the in-memory store and tests. */
public final class InMemorySessionGenerations implements SessionGenerationsPort {

    private final Map<EmployeeId, Long> generations = new ConcurrentHashMap<>();

    @Override
    public long current(EmployeeId employee) {
        return generations.getOrDefault(employee, 0L);
    }

    @Override
    public long endSessions(EmployeeId employee) {
        return generations.merge(employee, 1L, Long::sum);
    }
}
