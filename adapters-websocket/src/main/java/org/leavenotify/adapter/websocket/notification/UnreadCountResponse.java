package org.leavenotify.adapter.websocket.notification;

/** {@code {"unreadCount": n}}. */
record UnreadCountResponse(long unreadCount) {
}
