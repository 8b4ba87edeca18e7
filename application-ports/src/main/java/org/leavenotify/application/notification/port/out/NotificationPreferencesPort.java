package org.leavenotify.application.notification.port.out;

import org.leavenotify.domain.notification.NotificationPreferences;
import org.leavenotify.domain.notification.NotificationType;
import org.leavenotify.domain.organisation.EmployeeId;

/** Keeps what each person wants by e-mail; someone who never changed anything has the defaults. */
public interface NotificationPreferencesPort {

    /** The person's preferences ({@link NotificationPreferences#DEFAULT} when they never changed any). */
    NotificationPreferences preferencesOf(EmployeeId employee);

    /**
     * Turns e-mail about one kind on or off for the person, in one atomic write that touches only that kind:
     * two changes of different kinds made at once both stay.
     */
    void setEmail(EmployeeId employee, NotificationType type, boolean wanted);
}
