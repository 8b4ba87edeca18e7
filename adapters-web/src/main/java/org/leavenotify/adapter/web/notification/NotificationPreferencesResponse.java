package org.leavenotify.adapter.web.notification;

import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import org.leavenotify.domain.notification.NotificationPreferences;
import org.leavenotify.domain.notification.NotificationType;

/**
 * What the caller wants by e-mail: every kind of notification, {@code true} when a notification of that kind
 * still unread after the delay is e-mailed to them. Every notification is shown in the app whatever this says.
 */
@Schema(name = "NotificationPreferences")
record NotificationPreferencesResponse(
        @Schema(description = "each kind of notification: e-mailed when left unread (true) or never (false)")
        Map<NotificationTypeJson, Boolean> email) {

    static NotificationPreferencesResponse of(NotificationPreferences preferences) {
        Map<NotificationTypeJson, Boolean> email = new LinkedHashMap<>();
        for (NotificationType type : NotificationType.values()) {
            email.put(NotificationTypeJson.of(type), preferences.wantsEmail(type));
        }
        return new NotificationPreferencesResponse(email);
    }
}
