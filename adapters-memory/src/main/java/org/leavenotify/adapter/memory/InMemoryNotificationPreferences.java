package org.leavenotify.adapter.memory;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.leavenotify.application.notification.port.out.NotificationPreferencesPort;
import org.leavenotify.domain.notification.NotificationPreferences;
import org.leavenotify.domain.notification.NotificationType;
import org.leavenotify.domain.organisation.EmployeeId;

/** What people want by e-mail, in memory; each change is one atomic step on that person's entry. */
public final class InMemoryNotificationPreferences implements NotificationPreferencesPort {

    private final Map<EmployeeId, Set<NotificationType>> noEmail = new ConcurrentHashMap<>();

    @Override
    public NotificationPreferences preferencesOf(EmployeeId employee) {
        Set<NotificationType> off = noEmail.get(employee);
        return off == null ? NotificationPreferences.DEFAULT : new NotificationPreferences(off);
    }

    @Override
    public void setEmail(EmployeeId employee, NotificationType type, boolean wanted) {
        noEmail.compute(employee, (key, off) -> {
            Set<NotificationType> changed = off == null ? EnumSet.noneOf(NotificationType.class) : EnumSet.copyOf(off);
            if (wanted) {
                changed.remove(type);
            } else {
                changed.add(type);
            }
            return Set.copyOf(changed);
        });
    }
}
