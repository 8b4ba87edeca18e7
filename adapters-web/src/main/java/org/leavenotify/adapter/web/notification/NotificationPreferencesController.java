package org.leavenotify.adapter.web.notification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.leavenotify.adapter.web.openapi.ProblemResponses;
import org.leavenotify.application.auth.AuthenticatedUser;
import org.leavenotify.application.notification.port.in.ChangeNotificationPreferencesUseCase;
import org.leavenotify.application.notification.port.in.NotificationPreferencesQuery;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own choices of what reaches them by e-mail (docs/channels.md). */
@RestController
@RequestMapping("/api/notification-preferences")
@Tag(name = "Notifications")
final class NotificationPreferencesController {

    private final NotificationPreferencesQuery query;
    private final ChangeNotificationPreferencesUseCase change;

    NotificationPreferencesController(NotificationPreferencesQuery query, ChangeNotificationPreferencesUseCase change) {
        this.query = query;
        this.change = change;
    }

    @GetMapping
    @Operation(summary = "What I want by e-mail", description = "Every kind of notification, true when one still "
            + "unread after the delay is e-mailed to me. Every notification is shown in the app regardless.")
    @ProblemResponses({401})
    NotificationPreferencesResponse mine(@AuthenticationPrincipal AuthenticatedUser caller) {
        return NotificationPreferencesResponse.of(query.preferencesOf(caller.employeeId()));
    }

    @PutMapping
    @Operation(summary = "Change what I want by e-mail", description = "Turns e-mail on or off for the kinds named; "
            + "the others stay as they are. Answers all my preferences as they are now.")
    @ProblemResponses({400, 401})
    NotificationPreferencesResponse change(@AuthenticationPrincipal AuthenticatedUser caller,
                                           @RequestBody ChangeNotificationPreferencesRequest request) {
        return NotificationPreferencesResponse.of(change.changeEmail(caller.employeeId(), request.changes()));
    }
}
