package org.leavenotify.application.notification.port.in;

/** Retention: read notifications older than the retention age are removed; unread ones never. */
public interface RemoveOldNotificationsUseCase {

    /** Removes at most about {@code limit} of them; returns how many it removed. */
    int removeOld(int limit);
}
