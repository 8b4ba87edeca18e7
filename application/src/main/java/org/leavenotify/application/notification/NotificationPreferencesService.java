package org.leavenotify.application.notification;

import java.util.Map;

import org.leavenotify.application.notification.port.in.ChangeNotificationPreferencesUseCase;
import org.leavenotify.application.notification.port.in.NotificationPreferencesQuery;
import org.leavenotify.application.notification.port.in.UnsubscribeUseCase;
import org.leavenotify.application.notification.port.out.NotificationPreferencesPort;
import org.leavenotify.application.notification.port.out.UnsubscribeTokensPort;
import org.leavenotify.domain.notification.NotificationPreferences;
import org.leavenotify.domain.notification.NotificationType;
import org.leavenotify.domain.organisation.EmployeeId;

/** What people want by e-mail: seen and changed in the app, or turned off by the link in an e-mail. */
public final class NotificationPreferencesService
        implements NotificationPreferencesQuery, ChangeNotificationPreferencesUseCase, UnsubscribeUseCase {

    private final NotificationPreferencesPort preferences;
    private final UnsubscribeTokensPort tokens;

    public NotificationPreferencesService(NotificationPreferencesPort preferences, UnsubscribeTokensPort tokens) {
        this.preferences = preferences;
        this.tokens = tokens;
    }

    @Override
    public NotificationPreferences preferencesOf(EmployeeId employee) {
        return preferences.preferencesOf(employee);
    }

    @Override
    public NotificationPreferences changeEmail(EmployeeId employee, Map<NotificationType, Boolean> email) {
        email.forEach((type, wanted) -> preferences.setEmail(employee, type, wanted));
        return preferences.preferencesOf(employee);
    }

    @Override
    public Unsubscription whatItTurnsOff(String token) {
        return tokens.verify(token).orElseThrow(UnsubscribeLinkInvalid::new);
    }

    @Override
    public Unsubscription unsubscribe(String token) {
        Unsubscription unsubscription = whatItTurnsOff(token);
        preferences.setEmail(unsubscription.employee(), unsubscription.type(), false);
        return unsubscription;
    }
}
