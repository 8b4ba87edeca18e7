package org.leavenotify.application.notification.port.in;

import org.leavenotify.application.notification.NotificationPage;
import org.leavenotify.application.notification.NotificationPageRequest;

/**
 * A page of the caller's own notifications with their unread count. A cursor that is not one of the
 * caller's notifications is refused ({@code UnknownCursor}).
 */
public interface ListNotificationsQuery {

    NotificationPage list(NotificationPageRequest request);
}
