package org.leavenotify.adapter.web.notification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.leavenotify.adapter.web.openapi.ProblemResponses;
import org.leavenotify.application.auth.AuthenticatedUser;
import org.leavenotify.application.notification.NotificationPageRequest;
import org.leavenotify.application.notification.port.in.ListNotificationsQuery;
import org.leavenotify.application.notification.port.in.MarkAllNotificationsReadUseCase;
import org.leavenotify.application.notification.port.in.ArchiveNotificationUseCase;
import org.leavenotify.application.notification.port.in.MarkNotificationReadUseCase;
import org.leavenotify.application.notification.port.in.MarkNotificationUnreadUseCase;
import org.leavenotify.application.notification.port.in.UnreadCountQuery;
import org.leavenotify.domain.notification.NotificationId;
import org.leavenotify.domain.notification.NotificationNotFound;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's own notifications: listing, counting, marking read or unread, archiving. Nobody sees
 * anyone else's. Every change is also told to all the caller's STOMP sessions.
 */
@RestController
@RequestMapping("/api/notifications")
@Tag(name = "Notifications")
final class NotificationController {

    private final ListNotificationsQuery list;
    private final UnreadCountQuery unread;
    private final MarkNotificationReadUseCase markRead;
    private final MarkAllNotificationsReadUseCase markAllRead;
    private final MarkNotificationUnreadUseCase markUnread;
    private final ArchiveNotificationUseCase archive;

    NotificationController(ListNotificationsQuery list, UnreadCountQuery unread, MarkNotificationReadUseCase markRead,
                           MarkAllNotificationsReadUseCase markAllRead, MarkNotificationUnreadUseCase markUnread,
                           ArchiveNotificationUseCase archive) {
        this.list = list;
        this.unread = unread;
        this.markRead = markRead;
        this.markAllRead = markAllRead;
        this.markUnread = markUnread;
        this.archive = archive;
    }

    @GetMapping
    @Operation(summary = "My notifications", description = "With no cursor or with before: newest first, older "
            + "than before. With after: oldest first, newer than after (catching up after a reconnect). At most "
            + "one cursor; a malformed cursor or one that is not one of the caller's notifications is a 400.")
    @ProblemResponses({400, 401})
    NotificationPageResponse list(@AuthenticationPrincipal AuthenticatedUser caller,
                                  @Parameter(description = "list notifications older than this id")
                                  @RequestParam(required = false) String before,
                                  @Parameter(description = "list notifications newer than this id, oldest first")
                                  @RequestParam(required = false) String after,
                                  @Parameter(description = "page size, 1 to 100 (default 20)")
                                  @RequestParam(required = false) Integer limit,
                                  @Parameter(description = "only unread notifications")
                                  @RequestParam(required = false) Boolean unreadOnly,
                                  @Parameter(description = "the archived notifications instead of the inbox")
                                  @RequestParam(required = false) Boolean archived) {
        return NotificationPageResponse.of(list.list(
                NotificationPageRequest.of(caller.employeeId(), before, after, limit, unreadOnly, archived)));
    }

    @GetMapping("/unread-count")
    @Operation(summary = "How many of my notifications are unread")
    @ProblemResponses({401})
    UnreadCountResponse unreadCount(@AuthenticationPrincipal AuthenticatedUser caller) {
        return new UnreadCountResponse(unread.unreadCount(caller.employeeId()));
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "Mark one of my notifications read",
            description = "Idempotent. Answers the unread count afterwards. Someone else's notification, or an id "
                    + "that is not a notification id, is a 404.")
    @ProblemResponses({401, 404})
    UnreadCountResponse markRead(@AuthenticationPrincipal AuthenticatedUser caller, @PathVariable String id) {
        return new UnreadCountResponse(markRead.markRead(caller.employeeId(), notificationId(id)));
    }

    /** An id in a path that is not a notification id names no notification of the caller's: 404. */
    private static NotificationId notificationId(String id) {
        if (!NotificationId.isWellFormed(id)) {
            throw new NotificationNotFound(id.length() > 40 ? id.substring(0, 40) + "…" : id);
        }
        return new NotificationId(id);
    }

    @PostMapping("/{id}/unread")
    @Operation(summary = "Mark one of my notifications unread again",
            description = "Idempotent. Answers the unread count afterwards. Someone else's notification is a 404.")
    @ProblemResponses({401, 404})
    UnreadCountResponse markUnread(@AuthenticationPrincipal AuthenticatedUser caller, @PathVariable String id) {
        return new UnreadCountResponse(markUnread.markUnread(caller.employeeId(), notificationId(id)));
    }

    @PostMapping("/{id}/archive")
    @Operation(summary = "Take one of my notifications out of my inbox",
            description = "Idempotent. An archived notification is listed only with archived=true and is not counted "
                    + "as unread. Answers the unread count afterwards. Someone else's notification is a 404.")
    @ProblemResponses({401, 404})
    UnreadCountResponse archive(@AuthenticationPrincipal AuthenticatedUser caller, @PathVariable String id) {
        return new UnreadCountResponse(archive.archive(caller.employeeId(), notificationId(id)));
    }

    @PostMapping("/{id}/unarchive")
    @Operation(summary = "Put an archived notification back in my inbox",
            description = "Idempotent. Answers the unread count afterwards. Someone else's notification is a 404.")
    @ProblemResponses({401, 404})
    UnreadCountResponse unarchive(@AuthenticationPrincipal AuthenticatedUser caller, @PathVariable String id) {
        return new UnreadCountResponse(archive.unarchive(caller.employeeId(), notificationId(id)));
    }

    @PostMapping("/read-all")
    @Operation(summary = "Mark all my notifications read", description = "Answers how many changed.")
    @ProblemResponses({401})
    MarkedReadResponse markAllRead(@AuthenticationPrincipal AuthenticatedUser caller) {
        return new MarkedReadResponse(markAllRead.markAllRead(caller.employeeId()));
    }
}
