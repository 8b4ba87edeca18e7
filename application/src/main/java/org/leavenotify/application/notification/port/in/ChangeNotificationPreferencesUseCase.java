package org.leavenotify.application.notification.port.in;

import java.util.Map;

import org.leavenotify.domain.notification.NotificationPreferences;
import org.leavenotify.domain.notification.NotificationType;
import org.leavenotify.domain.organisation.EmployeeId;

/** A person changes what they want by e-mail. */
public interface ChangeNotificationPreferencesUseCase {

    /** Turns e-mail on ({@code true}) or off for each kind given; kinds not given stay as they are. */
    NotificationPreferences changeEmail(EmployeeId employee, Map<NotificationType, Boolean> email);
}
