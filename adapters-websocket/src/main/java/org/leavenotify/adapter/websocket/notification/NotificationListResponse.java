package org.leavenotify.adapter.websocket.notification;

import java.util.List;

import org.leavenotify.application.notification.NotificationPage;

/** A page of notifications as JSON: {@code {"items", "hasMore", "unreadCount"}}. */
record NotificationListResponse(List<NotificationResponse> items, boolean hasMore, long unreadCount) {

    static NotificationListResponse from(NotificationPage page) {
        return new NotificationListResponse(page.items().stream().map(NotificationResponse::from).toList(),
                page.hasMore(), page.unreadCount());
    }
}
