package org.leavenotify.adapter.memory;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.leavenotify.application.administration.port.out.SessionTerminationPort;
import org.leavenotify.application.notification.port.out.PresencePort;
import org.leavenotify.domain.organisation.EmployeeId;

/**
 * Ends sessions in memory: remembers who had their sessions closed and why, and closes as many as the
 * presence port counts for them (none when there is no presence to ask).
 */
public final class InMemorySessionTermination implements SessionTerminationPort {

    /** One call: whose sessions were closed, why, and how many there were. */
    public record Termination(EmployeeId employee, String reason, int sessions) {
    }

    private final PresencePort presence;
    private final List<Termination> terminations = new CopyOnWriteArrayList<>();

    public InMemorySessionTermination(PresencePort presence) {
        this.presence = presence;
    }

    @Override
    public int closeAllSessionsOf(EmployeeId employee, String reason) {
        int open = presence == null ? 0 : presence.sessionCount(employee);
        terminations.add(new Termination(employee, reason, open));
        return open;
    }

    public List<Termination> terminations() {
        return List.copyOf(terminations);
    }
}
