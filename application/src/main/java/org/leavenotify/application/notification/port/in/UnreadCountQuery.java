package org.leavenotify.application.notification.port.in;

import org.leavenotify.domain.organisation.EmployeeId;

/** How many of the caller's notifications are unread. */
public interface UnreadCountQuery {

    long unreadCount(EmployeeId recipient);
}
