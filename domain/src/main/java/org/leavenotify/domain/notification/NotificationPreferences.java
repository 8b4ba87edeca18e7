package org.leavenotify.domain.notification;

import java.util.EnumSet;
import java.util.Set;

/**
 * What one person wants besides the app, per kind of notification: every notification is always stored and
 * shown in the app; by e-mail (when still unread after the delay) unless the person turned that kind off.
 *
 * @param noEmail the kinds the person wants no e-mail about
 */
public record NotificationPreferences(Set<NotificationType> noEmail) {

    /** Everyone's until they change it: every kind by e-mail. */
    public static final NotificationPreferences DEFAULT = new NotificationPreferences(Set.of());

    public NotificationPreferences {
        noEmail = noEmail.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(noEmail));
    }

    public boolean wantsEmail(NotificationType type) {
        return !noEmail.contains(type);
    }
}
