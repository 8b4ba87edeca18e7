package org.leavenotify.application.notification.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.leavenotify.application.notification.NotificationPageRequest;
import org.leavenotify.domain.leave.EmployeeId;
import org.leavenotify.domain.notification.Notification;
import org.leavenotify.domain.notification.NotificationId;

/** Keeps every notification, so that recipients find them later whether or not they were online. */
public interface NotificationStorePort {

    /**
     * Stores the notification unless one with the same dedup key is stored already; returns what is
     * stored under that key (the earlier one on a duplicate). Retrying never creates a second copy.
     */
    Notification insertIfAbsent(Notification notification);

    /** The recipient's notification with this id; another recipient's is not found. */
    Optional<Notification> findById(EmployeeId recipient, NotificationId id);

    /**
     * Up to {@code request.limit() + 1} of the recipient's notifications beyond the cursor, newest first
     * (or oldest first after an {@code after} cursor), only unread ones if asked. The extra one tells
     * the caller there is more.
     */
    List<Notification> findPage(NotificationPageRequest request);

    long countUnread(EmployeeId recipient);

    /**
     * Marks the recipient's notification read in one write that matches id and recipient together.
     * Returns false when the recipient has no such notification; marking a read one again is true and
     * keeps the first read time.
     */
    boolean markRead(EmployeeId recipient, NotificationId id, Instant at);

    /** Marks all the recipient's unread notifications read in one write; returns how many changed. */
    long markAllRead(EmployeeId recipient, Instant at);
}
