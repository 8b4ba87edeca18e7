package org.leavenotify.application.notification.port.out;

import org.leavenotify.domain.notification.InboxChange;
import org.leavenotify.domain.notification.Notification;
import org.leavenotify.domain.organisation.EmployeeId;

/**
 * Delivers to every session a person has open, as it happens. Delivery is best effort: what matters is
 * stored first, so a failed push loses nothing.
 */
public interface PushNotificationPort {

    /** Sends a new notification to every session of its recipient. */
    void pushNotification(Notification notification);

    /** Sends the recipient's current unread count to every session they have open. */
    void pushUnreadCount(EmployeeId recipient, long unreadCount);

    /** Tells every session the recipient has open what changed in their inbox. */
    void pushChange(EmployeeId recipient, InboxChange change);
}
