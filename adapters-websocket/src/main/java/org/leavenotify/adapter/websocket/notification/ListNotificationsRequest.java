package org.leavenotify.adapter.websocket.notification;

/** The body of {@code /app/notifications}; every field may be left out. */
record ListNotificationsRequest(String before, String after, Integer limit, Boolean unreadOnly, Boolean archived) {
}
