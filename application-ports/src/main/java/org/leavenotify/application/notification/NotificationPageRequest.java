package org.leavenotify.application.notification;

import org.leavenotify.domain.notification.Notification;
import org.leavenotify.domain.notification.NotificationId;
import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.shared.InvalidValue;
import org.leavenotify.domain.shared.Require;

/**
 * Which of a recipient's notifications to list. At most one cursor: none or {@code before} lists newest
 * first (scrolling back), {@code after} lists oldest first (catching up after a reconnect). The inbox
 * (not archived) unless {@code archived}, then the archived ones only.
 */
public record NotificationPageRequest(EmployeeId recipient, NotificationId before, NotificationId after, int limit,
                                      boolean unreadOnly, boolean archived) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    public NotificationPageRequest {
        Require.present(recipient, "recipient");
        if (before != null && after != null) {
            throw new InvalidValue("give at most one cursor: before or after");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidValue("limit must be between 1 and " + MAX_LIMIT);
        }
    }

    /** A page of the inbox (archived ones left out). */
    public NotificationPageRequest(EmployeeId recipient, NotificationId before, NotificationId after, int limit,
                                   boolean unreadOnly) {
        this(recipient, before, after, limit, unreadOnly, false);
    }

    /** Builds a request from client input; blank cursors count as absent, a null limit as the default. */
    public static NotificationPageRequest of(EmployeeId recipient, String before, String after, Integer limit,
                                             Boolean unreadOnly) {
        return of(recipient, before, after, limit, unreadOnly, null);
    }

    /** As above; {@code archived} true lists the archived ones only. */
    public static NotificationPageRequest of(EmployeeId recipient, String before, String after, Integer limit,
                                             Boolean unreadOnly, Boolean archived) {
        return new NotificationPageRequest(recipient, cursor(before), cursor(after),
                limit == null ? DEFAULT_LIMIT : limit, Boolean.TRUE.equals(unreadOnly), Boolean.TRUE.equals(archived));
    }

    /** Whether a notification belongs in this page's list (cursor aside). */
    public boolean wants(Notification notification) {
        return notification.isArchived() == archived && (!unreadOnly || !notification.isRead());
    }

    public static NotificationPageRequest newest(EmployeeId recipient, int limit) {
        return new NotificationPageRequest(recipient, null, null, limit, false);
    }

    public boolean oldestFirst() {
        return after != null;
    }

    public NotificationId cursor() {
        return after != null ? after : before;
    }

    private static NotificationId cursor(String text) {
        return text == null || text.isBlank() ? null : new NotificationId(text);
    }
}
