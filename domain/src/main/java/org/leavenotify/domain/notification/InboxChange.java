package org.leavenotify.domain.notification;

import java.util.List;

import org.leavenotify.domain.shared.Require;

/**
 * What changed in a person's inbox, told to every session they have open so that two tabs or two devices
 * never disagree for long: which notifications, how, and the unread count afterwards.
 *
 * @param ids empty for {@link Kind#ALL_READ}
 */
public record InboxChange(Kind kind, List<NotificationId> ids, long unreadCount) {

    public enum Kind { READ, UNREAD, ARCHIVED, UNARCHIVED, ALL_READ }

    public InboxChange {
        Require.present(kind, "kind");
        ids = List.copyOf(Require.present(ids, "ids"));
    }

    public static InboxChange of(Kind kind, NotificationId id, long unreadCount) {
        return new InboxChange(kind, List.of(id), unreadCount);
    }

    public static InboxChange allRead(long unreadCount) {
        return new InboxChange(Kind.ALL_READ, List.of(), unreadCount);
    }
}
