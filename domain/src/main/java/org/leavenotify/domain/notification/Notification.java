package org.leavenotify.domain.notification;

import java.time.Instant;

import org.leavenotify.domain.leave.EmployeeId;
import org.leavenotify.domain.leave.LeaveRequestId;
import org.leavenotify.domain.shared.Require;

/**
 * A message to one person about something that happened to a leave request. It is stored before it is
 * pushed, so the recipient always finds it later; it is unread until they mark it read.
 *
 * @param dedupKey one notification per event and recipient: storing the same key twice keeps the first
 * @param readAt   when the recipient read it, or {@code null} while unread
 */
public record Notification(NotificationId id, String dedupKey, EmployeeId recipientId, NotificationType type,
                           String title, String message, LeaveRequestId leaveRequestId, Actor actor,
                           Instant createdAt, Instant readAt) {

    public Notification {
        Require.present(id, "notification id");
        Require.text(dedupKey, "dedup key");
        Require.present(recipientId, "recipient");
        Require.present(type, "notification type");
        Require.text(title, "title");
        Require.text(message, "message");
        Require.present(actor, "actor");
        Require.present(createdAt, "created at");
    }

    public boolean isRead() {
        return readAt != null;
    }

    /** Marks it read at {@code at}; marking a read notification again keeps the first time. */
    public Notification markRead(Instant at) {
        if (isRead()) {
            return this;
        }
        return new Notification(id, dedupKey, recipientId, type, title, message, leaveRequestId, actor, createdAt,
                Require.present(at, "read at"));
    }
}
