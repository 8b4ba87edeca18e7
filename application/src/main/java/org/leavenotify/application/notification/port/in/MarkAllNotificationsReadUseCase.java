package org.leavenotify.application.notification.port.in;

import org.leavenotify.domain.organisation.EmployeeId;

/** The recipient marks all their notifications read; every open session gets the new unread count. */
public interface MarkAllNotificationsReadUseCase {

    /** Returns how many notifications changed from unread to read. */
    long markAllRead(EmployeeId recipient);
}
