package org.leavenotify.adapter.web.notification;

/** How many of the caller's notifications are unread. */
record UnreadCountResponse(long unreadCount) {
}
