package org.leavenotify.application.notification.port.out;

import org.leavenotify.domain.organisation.EmployeeId;

/** Who is connected right now, and on how many sessions (devices, tabs). */
public interface PresencePort {

    int sessionCount(EmployeeId employee);

    default boolean isOnline(EmployeeId employee) {
        return sessionCount(employee) > 0;
    }
}
