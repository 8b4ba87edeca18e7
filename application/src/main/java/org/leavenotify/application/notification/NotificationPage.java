package org.leavenotify.application.notification;

import java.util.List;

import org.leavenotify.domain.notification.Notification;

/**
 * One page of a recipient's notifications, in the order asked for.
 *
 * @param hasMore     whether more notifications lie beyond this page in the same direction
 * @param unreadCount the recipient's unread notifications in all, not only on this page
 */
public record NotificationPage(List<Notification> items, boolean hasMore, long unreadCount) {

    public NotificationPage {
        items = List.copyOf(items);
    }
}
