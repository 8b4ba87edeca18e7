package org.leavenotify.adapter.websocket.notification;

/** The body of {@code /app/notifications/mark-read}. */
record MarkReadRequest(String id) {
}
