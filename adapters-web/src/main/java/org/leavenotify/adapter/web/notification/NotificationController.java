package org.leavenotify.adapter.web.notification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.leavenotify.adapter.web.openapi.ProblemResponses;
import org.leavenotify.application.auth.AuthenticatedUser;
import org.leavenotify.application.notification.NotificationPageRequest;
import org.leavenotify.application.notification.port.in.ListNotificationsQuery;
import org.leavenotify.application.notification.port.in.MarkAllNotificationsReadUseCase;
import org.leavenotify.application.notification.port.in.MarkNotificationReadUseCase;
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

/** The caller's own notifications: listing, counting, marking read. Nobody sees anyone else's. */
@RestController
@RequestMapping("/api/notifications")
@Tag(name = "Notifications")
final class NotificationController {

    private final ListNotificationsQuery list;
    private final UnreadCountQuery unread;
    private final MarkNotificationReadUseCase markRead;
    private final MarkAllNotificationsReadUseCase markAllRead;

    NotificationController(ListNotificationsQuery list, UnreadCountQuery unread, MarkNotificationReadUseCase markRead,
                           MarkAllNotificationsReadUseCase markAllRead) {
        this.list = list;
        this.unread = unread;
        this.markRead = markRead;
        this.markAllRead = markAllRead;
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
                                  @RequestParam(required = false) Boolean unreadOnly) {
        return NotificationPageResponse.of(list.list(
                NotificationPageRequest.of(caller.employeeId(), before, after, limit, unreadOnly)));
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
        if (!NotificationId.isWellFormed(id)) {
            throw new NotificationNotFound(id.length() > 40 ? id.substring(0, 40) + "…" : id);
        }
        return new UnreadCountResponse(markRead.markRead(caller.employeeId(), new NotificationId(id)));
    }

    @PostMapping("/read-all")
    @Operation(summary = "Mark all my notifications read", description = "Answers how many changed.")
    @ProblemResponses({401})
    MarkedReadResponse markAllRead(@AuthenticationPrincipal AuthenticatedUser caller) {
        return new MarkedReadResponse(markAllRead.markAllRead(caller.employeeId()));
    }
}
