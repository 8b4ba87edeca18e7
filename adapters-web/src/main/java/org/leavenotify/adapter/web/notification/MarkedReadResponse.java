package org.leavenotify.adapter.web.notification;

/** How many notifications changed from unread to read. */
record MarkedReadResponse(long updated) {
}
