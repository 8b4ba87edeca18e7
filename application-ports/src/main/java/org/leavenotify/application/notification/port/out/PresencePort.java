package org.leavenotify.application.notification.port.out;

import org.leavenotify.domain.organisation.EmployeeId;

/** Who is connected right now, and on how many sessions (devices, tabs). */
public interface PresencePort {

    int sessionCount(EmployeeId employee);

    /**
     * Whether a push to {@code employee} may reach someone. Never false while they have a session (that would
     * lose a live notification); an adapter that cannot be sure someone has none may answer true, which
     * costs a push nobody receives ({@code PresenceContract}).
     */
    default boolean isOnline(EmployeeId employee) {
        return sessionCount(employee) > 0;
    }
}
