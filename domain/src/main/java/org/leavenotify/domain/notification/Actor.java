package org.leavenotify.domain.notification;

import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.shared.Require;

/** Who caused a notification, with the name the recipient sees. */
public record Actor(EmployeeId id, String displayName) {

    public Actor {
        Require.present(id, "actor id");
        Require.text(displayName, "actor display name");
    }
}
