package org.leavenotify.application.notification;

import java.time.Clock;
import java.time.Duration;

import org.leavenotify.application.notification.port.in.RemoveOldNotificationsUseCase;
import org.leavenotify.application.notification.port.out.NotificationStorePort;
import org.leavenotify.domain.shared.InvalidValue;

/**
 * Removes read notifications created more than {@code age} ago (by this node's clock: a clock off by
 * minutes moves a retention of months by minutes). Unread ones stay however old they are.
 */
public final class NotificationRetention implements RemoveOldNotificationsUseCase {

    private final NotificationStorePort store;
    private final Clock clock;
    private final Duration age;

    public NotificationRetention(NotificationStorePort store, Clock clock, Duration age) {
        if (age == null || age.compareTo(Duration.ofDays(1)) < 0) {
            throw new InvalidValue("the retention of read notifications must be at least one day, not " + age);
        }
        this.store = store;
        this.clock = clock;
        this.age = age;
    }

    @Override
    public int removeOld(int limit) {
        return (int) Math.min(Integer.MAX_VALUE, store.removeReadCreatedBefore(clock.instant().minus(age), limit));
    }
}
