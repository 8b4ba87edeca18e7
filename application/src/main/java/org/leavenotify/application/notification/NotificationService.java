package org.leavenotify.application.notification;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.leavenotify.application.notification.port.in.ArchiveNotificationUseCase;
import org.leavenotify.application.notification.port.in.ListNotificationsQuery;
import org.leavenotify.application.notification.port.in.MarkAllNotificationsReadUseCase;
import org.leavenotify.application.notification.port.in.MarkNotificationReadUseCase;
import org.leavenotify.application.notification.port.in.MarkNotificationUnreadUseCase;
import org.leavenotify.application.notification.port.in.UnreadCountQuery;
import org.leavenotify.application.notification.port.out.NotificationStorePort;
import org.leavenotify.application.notification.port.out.PresencePort;
import org.leavenotify.application.notification.port.out.PushNotificationPort;
import org.leavenotify.domain.notification.InboxChange;
import org.leavenotify.domain.notification.Notification;
import org.leavenotify.domain.notification.NotificationId;
import org.leavenotify.domain.notification.NotificationNotFound;
import org.leavenotify.domain.notification.UnknownCursor;
import org.leavenotify.domain.organisation.EmployeeId;

/**
 * Reading, marking and archiving one's own notifications. Every change is told to all the person's
 * sessions ({@link InboxChange}, with the unread count), the one that made it included.
 */
public final class NotificationService implements ListNotificationsQuery, UnreadCountQuery,
        MarkNotificationReadUseCase, MarkAllNotificationsReadUseCase, MarkNotificationUnreadUseCase,
        ArchiveNotificationUseCase {

    private final NotificationStorePort store;
    private final NotificationPusher pusher;
    private final Clock clock;

    public NotificationService(NotificationStorePort store, PresencePort presence, PushNotificationPort push,
                               Clock clock) {
        this.store = store;
        this.pusher = new NotificationPusher(store, presence, push);
        this.clock = clock;
    }

    @Override
    public NotificationPage list(NotificationPageRequest request) {
        NotificationId cursor = request.cursor();
        if (cursor != null && store.findById(request.recipient(), cursor).isEmpty()) {
            throw new UnknownCursor(cursor);
        }
        List<Notification> found = new ArrayList<>(store.findPage(request));
        boolean hasMore = found.size() > request.limit();
        List<Notification> items = hasMore ? found.subList(0, request.limit()) : found;
        return new NotificationPage(items, hasMore, store.countUnread(request.recipient()));
    }

    @Override
    public long unreadCount(EmployeeId recipient) {
        return store.countUnread(recipient);
    }

    @Override
    public long markRead(EmployeeId recipient, NotificationId notification) {
        return changed(recipient, notification, InboxChange.Kind.READ,
                store.markRead(recipient, notification, clock.instant()));
    }

    @Override
    public long markUnread(EmployeeId recipient, NotificationId notification) {
        return changed(recipient, notification, InboxChange.Kind.UNREAD, store.markUnread(recipient, notification));
    }

    @Override
    public long archive(EmployeeId recipient, NotificationId notification) {
        return changed(recipient, notification, InboxChange.Kind.ARCHIVED,
                store.archive(recipient, notification, clock.instant()));
    }

    @Override
    public long unarchive(EmployeeId recipient, NotificationId notification) {
        return changed(recipient, notification, InboxChange.Kind.UNARCHIVED, store.unarchive(recipient, notification));
    }

    @Override
    public long markAllRead(EmployeeId recipient) {
        long changed = store.markAllRead(recipient, clock.instant());
        pusher.pushChange(recipient, InboxChange.allRead(store.countUnread(recipient)));
        return changed;
    }

    private long changed(EmployeeId recipient, NotificationId notification, InboxChange.Kind kind, boolean found) {
        if (!found) {
            throw new NotificationNotFound(notification.value());
        }
        long unread = store.countUnread(recipient);
        pusher.pushChange(recipient, InboxChange.of(kind, notification, unread));
        return unread;
    }
}
