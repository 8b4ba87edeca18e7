package org.leavenotify.adapter.web.notification;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.leavenotify.application.notification.NotificationPage;

/** A page of the caller's notifications (CONTRACT.md). */
record NotificationPageResponse(List<NotificationResponse> items,
                                @Schema(description = "whether more lie beyond this page in the same direction")
                                boolean hasMore,
                                @Schema(description = "the caller's unread notifications in all, not only here")
                                long unreadCount) {

    static NotificationPageResponse of(NotificationPage page) {
        return new NotificationPageResponse(page.items().stream().map(NotificationResponse::of).toList(),
                page.hasMore(), page.unreadCount());
    }
}
