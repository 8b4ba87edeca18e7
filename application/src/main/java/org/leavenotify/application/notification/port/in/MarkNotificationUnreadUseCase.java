package org.leavenotify.application.notification.port.in;

import org.leavenotify.domain.notification.NotificationId;
import org.leavenotify.domain.organisation.EmployeeId;

/** A person marks one of their notifications unread again; every session of theirs is told. */
public interface MarkNotificationUnreadUseCase {

    /** Returns the unread count afterwards; refused as not found if the notification is not theirs. */
    long markUnread(EmployeeId recipient, NotificationId notification);
}
