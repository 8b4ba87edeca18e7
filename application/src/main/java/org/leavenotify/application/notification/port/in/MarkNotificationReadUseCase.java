package org.leavenotify.application.notification.port.in;

import org.leavenotify.domain.notification.NotificationId;
import org.leavenotify.domain.organisation.EmployeeId;

/**
 * The recipient marks one of their notifications read; idempotent. Someone else's notification is
 * reported as not found and nothing changes. Every open session of the recipient gets the new unread
 * count.
 */
public interface MarkNotificationReadUseCase {

    /** Returns the recipient's unread count afterwards. */
    long markRead(EmployeeId recipient, NotificationId notification);
}
