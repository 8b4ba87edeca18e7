package org.leavenotify.adapter.memory;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.leavenotify.application.notification.port.out.PushNotificationPort;
import org.leavenotify.domain.notification.InboxChange;
import org.leavenotify.domain.notification.Notification;
import org.leavenotify.domain.organisation.EmployeeId;

/**
 * Delivers pushes to in-memory inboxes, one per recipient, as a device would receive them: the
 * notifications in the order pushed and the last unread count.
 */
public final class InMemoryPushNotifications implements PushNotificationPort {

    private final Map<EmployeeId, List<Notification>> delivered = new ConcurrentHashMap<>();
    private final Map<EmployeeId, Long> unreadCounts = new ConcurrentHashMap<>();
    private final Map<EmployeeId, List<InboxChange>> changes = new ConcurrentHashMap<>();

    @Override
    public void pushNotification(Notification notification) {
        delivered.computeIfAbsent(notification.recipientId(), key -> new CopyOnWriteArrayList<>()).add(notification);
    }

    @Override
    public void pushUnreadCount(EmployeeId recipient, long unreadCount) {
        unreadCounts.put(recipient, unreadCount);
    }

    @Override
    public void pushChange(EmployeeId recipient, InboxChange change) {
        changes.computeIfAbsent(recipient, key -> new CopyOnWriteArrayList<>()).add(change);
    }

    /** The inbox changes pushed to the recipient, in order. */
    public List<InboxChange> changesOf(EmployeeId recipient) {
        return List.copyOf(changes.getOrDefault(recipient, List.of()));
    }

    public List<Notification> deliveredTo(EmployeeId recipient) {
        return List.copyOf(delivered.getOrDefault(recipient, List.of()));
    }

    /** The last unread count pushed to the recipient, or -1 if none was. */
    public long lastUnreadCountOf(EmployeeId recipient) {
        return unreadCounts.getOrDefault(recipient, -1L);
    }
}
