package org.leavenotify.application.notification;

import org.leavenotify.domain.notification.NotificationType;
import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.shared.Require;

/** What an unsubscribe link does: turn off e-mail about {@code type} for {@code employee}. */
public record Unsubscription(EmployeeId employee, NotificationType type) {

    public Unsubscription {
        Require.present(employee, "employee");
        Require.present(type, "notification type");
    }
}
