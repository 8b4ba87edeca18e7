package org.leavenotify.domain.notification;

import java.time.Instant;

import org.leavenotify.domain.leave.LeaveRequestId;
import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.shared.EventId;
import org.leavenotify.domain.shared.Require;

/**
 * A notification the policy has written but that has no id yet: the store gives the id when it appends
 * the draft to its recipient's feed (the id is the feed position), so ids follow the order in which the
 * notifications became visible.
 */
public record NotificationDraft(EventId eventId, EmployeeId recipientId, NotificationType type, String title,
                                String message, LeaveRequestId leaveRequestId, Actor actor, Instant createdAt) {

    public NotificationDraft {
        Require.present(eventId, "event id");
        Require.present(recipientId, "recipient");
        Require.present(type, "notification type");
        Require.text(title, "title");
        Require.text(message, "message");
        Require.present(actor, "actor");
        Require.present(createdAt, "created at");
    }

    /** The same event never notifies the same recipient twice: this key is unique in the store. */
    public String dedupKey() {
        return eventId.value() + ":" + recipientId.value();
    }

    public Notification withId(NotificationId id) {
        return new Notification(id, dedupKey(), recipientId, type, title, message, leaveRequestId, actor, createdAt,
                null);
    }
}
