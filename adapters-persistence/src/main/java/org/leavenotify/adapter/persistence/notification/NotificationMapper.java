package org.leavenotify.adapter.persistence.notification;

import org.leavenotify.adapter.persistence.notification.NotificationBucketDocument.Item;
import org.leavenotify.domain.leave.LeaveRequestId;
import org.leavenotify.domain.notification.Actor;
import org.leavenotify.domain.notification.FeedPosition;
import org.leavenotify.domain.notification.Notification;
import org.leavenotify.domain.notification.NotificationDraft;
import org.leavenotify.domain.notification.NotificationType;
import org.leavenotify.domain.organisation.EmployeeId;

/** Translates notifications between the domain and the items of stored buckets. */
final class NotificationMapper {

    private NotificationMapper() {
    }

    static Item toItem(NotificationDraft draft) {
        return new Item(draft.dedupKey(), draft.type().name(), draft.title(), draft.message(),
                draft.leaveRequestId() == null ? null : draft.leaveRequestId().value(), draft.actor().id().value(),
                draft.actor().displayName(), draft.createdAt(), null, null, null);
    }

    static Item toItem(Notification notification) {
        return new Item(notification.dedupKey(), notification.type().name(), notification.title(),
                notification.message(),
                notification.leaveRequestId() == null ? null : notification.leaveRequestId().value(),
                notification.actor().id().value(), notification.actor().displayName(), notification.createdAt(),
                notification.readAt(), notification.archivedAt(), null);
    }

    static Notification toDomain(EmployeeId recipient, FeedPosition position, Item item) {
        return new Notification(position.id(), item.dedupKey(), recipient, NotificationType.valueOf(item.type()),
                item.title(), item.message(), item.leaveRequestId() == null ? null : new LeaveRequestId(item.leaveRequestId()),
                new Actor(new EmployeeId(item.actorId()), item.actorName()), item.createdAt(), item.readAt(),
                item.archivedAt());
    }
}
