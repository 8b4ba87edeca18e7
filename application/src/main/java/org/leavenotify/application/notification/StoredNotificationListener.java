package org.leavenotify.application.notification;

import org.leavenotify.domain.notification.Notification;

/**
 * Another channel, told of every notification the dispatcher stores, before the event it came from is
 * cleared from its outbox: what it does must be idempotent, since a crash makes the dispatcher tell it again.
 */
@FunctionalInterface
public interface StoredNotificationListener {

    /** For a dispatcher whose notifications go nowhere else. */
    StoredNotificationListener NONE = notification -> { };

    void stored(Notification notification);
}
