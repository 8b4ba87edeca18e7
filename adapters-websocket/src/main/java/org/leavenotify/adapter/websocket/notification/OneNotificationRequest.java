package org.leavenotify.adapter.websocket.notification;

/** The body of {@code /app/notifications/mark-read}, {@code mark-unread}, {@code archive} and {@code unarchive}. */
record OneNotificationRequest(String id) {
}
