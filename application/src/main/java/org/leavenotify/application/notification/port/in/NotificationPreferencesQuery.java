package org.leavenotify.application.notification.port.in;

import org.leavenotify.domain.notification.NotificationPreferences;
import org.leavenotify.domain.organisation.EmployeeId;

/** What a person wants by e-mail. */
public interface NotificationPreferencesQuery {

    NotificationPreferences preferencesOf(EmployeeId employee);
}
