package org.leavenotify.adapter.memory;

import java.util.List;
import java.util.function.Function;

import org.leavenotify.application.contract.PushNotificationContract;
import org.leavenotify.application.notification.port.out.PushNotificationPort;
import org.leavenotify.domain.notification.InboxChange;
import org.leavenotify.domain.notification.NotificationId;
import org.leavenotify.domain.organisation.EmployeeId;

/** The in-memory pushes, a device reading its recipient's inbox from where it connected. */
class InMemoryPushNotificationsTest extends PushNotificationContract {

    private final InMemoryPushNotifications push = new InMemoryPushNotifications();

    @Override
    protected PushNotificationPort push() {
        return push;
    }

    @Override
    protected Device connect(EmployeeId employee) {
        return new Device() {
            private int notifications = push.deliveredTo(employee).size();
            private int changes = push.changesOf(employee).size();

            @Override
            public String nextNotificationId() {
                return push.deliveredTo(employee).get(notifications++).id().value();
            }

            @Override
            public long nextUnreadCount() {
                return push.lastUnreadCountOf(employee);
            }

            @Override
            public String nextChange() {
                InboxChange change = push.changesOf(employee).get(changes++);
                Function<List<NotificationId>, String> ids = list -> String.join(",",
                        list.stream().map(NotificationId::value).toList());
                return change.kind() + " " + ids.apply(change.ids()) + " " + change.unreadCount();
            }
        };
    }
}
