package org.leavenotify.adapter.web.notification;

import java.util.EnumMap;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import org.leavenotify.domain.notification.NotificationType;
import org.leavenotify.domain.shared.InvalidValue;

/** The kinds whose e-mail the caller turns on ({@code true}) or off; kinds not named stay as they are. */
@Schema(name = "ChangeNotificationPreferences")
record ChangeNotificationPreferencesRequest(
        @Schema(description = "kinds of notification to e-mail (true) or not (false)", requiredMode = Schema.RequiredMode.REQUIRED)
        Map<NotificationTypeJson, Boolean> email) {

    Map<NotificationType, Boolean> changes() {
        if (email == null || email.isEmpty()) {
            throw new InvalidValue("email must name at least one kind of notification");
        }
        Map<NotificationType, Boolean> changes = new EnumMap<>(NotificationType.class);
        email.forEach((type, wanted) -> {
            if (type == null || wanted == null) {
                throw new InvalidValue("every kind in email needs true or false");
            }
            changes.put(NotificationType.valueOf(type.name()), wanted);
        });
        return changes;
    }
}
