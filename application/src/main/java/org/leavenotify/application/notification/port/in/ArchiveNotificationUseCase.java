package org.leavenotify.application.notification.port.in;

import org.leavenotify.domain.notification.NotificationId;
import org.leavenotify.domain.organisation.EmployeeId;

/**
 * A person takes one of their notifications out of their inbox, or puts it back; every session of theirs
 * is told. An archived notification is listed only when archived ones are asked for, and is not counted
 * as unread.
 */
public interface ArchiveNotificationUseCase {

    /** Returns the unread count afterwards; refused as not found if the notification is not theirs. */
    long archive(EmployeeId recipient, NotificationId notification);

    /** Returns the unread count afterwards; refused as not found if the notification is not theirs. */
    long unarchive(EmployeeId recipient, NotificationId notification);
}
