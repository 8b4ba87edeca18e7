package org.leavenotify.domain.notification;

import java.time.Instant;

import org.leavenotify.domain.leave.LeaveRequestId;
import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.shared.Require;

/**
 * A message to one person about something that happened to a leave request. It is stored before it is
 * pushed, so the recipient always finds it later; it is unread until they mark it read (and they may mark
 * it unread again), and in their inbox until they archive it.
 *
 * @param dedupKey   one notification per event and recipient: storing the same key twice keeps the first
 * @param readAt     when the recipient read it, or {@code null} while unread
 * @param archivedAt when the recipient archived it, or {@code null} while in the inbox
 */
public record Notification(NotificationId id, String dedupKey, EmployeeId recipientId, NotificationType type,
                           String title, String message, LeaveRequestId leaveRequestId, Actor actor,
                           Instant createdAt, Instant readAt, Instant archivedAt) {

    /** A notification in the inbox. */
    public Notification(NotificationId id, String dedupKey, EmployeeId recipientId, NotificationType type,
                        String title, String message, LeaveRequestId leaveRequestId, Actor actor, Instant createdAt,
                        Instant readAt) {
        this(id, dedupKey, recipientId, type, title, message, leaveRequestId, actor, createdAt, readAt, null);
    }

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

    public boolean isArchived() {
        return archivedAt != null;
    }

    /** Whether it counts in the unread count: unread and in the inbox. */
    public boolean countsAsUnread() {
        return !isRead() && !isArchived();
    }

    /** Marks it read at {@code at}; marking a read notification again keeps the first time. */
    public Notification markRead(Instant at) {
        if (isRead()) {
            return this;
        }
        return new Notification(id, dedupKey, recipientId, type, title, message, leaveRequestId, actor, createdAt,
                Require.present(at, "read at"), archivedAt);
    }

    /** Unread again; an unread one stays as it is. */
    public Notification markUnread() {
        if (!isRead()) {
            return this;
        }
        return new Notification(id, dedupKey, recipientId, type, title, message, leaveRequestId, actor, createdAt,
                null, archivedAt);
    }

    /** Out of the inbox from {@code at}; archiving again keeps the first time. */
    public Notification archive(Instant at) {
        if (isArchived()) {
            return this;
        }
        return new Notification(id, dedupKey, recipientId, type, title, message, leaveRequestId, actor, createdAt,
                readAt, Require.present(at, "archived at"));
    }

    /** Back in the inbox. */
    public Notification unarchive() {
        if (!isArchived()) {
            return this;
        }
        return new Notification(id, dedupKey, recipientId, type, title, message, leaveRequestId, actor, createdAt,
                readAt, null);
    }
}
