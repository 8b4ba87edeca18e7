package org.leavenotify.adapter.websocket.notification;

import java.util.List;

import org.leavenotify.domain.notification.InboxChange;
import org.leavenotify.domain.notification.NotificationId;

/** An inbox change as JSON (CONTRACT.md): {@code {"change", "ids", "unreadCount"}}. */
record InboxChangeResponse(String change, List<String> ids, long unreadCount) {

    static InboxChangeResponse from(InboxChange change) {
        return new InboxChangeResponse(change.kind().name(), change.ids().stream().map(NotificationId::value).toList(),
                change.unreadCount());
    }
}
