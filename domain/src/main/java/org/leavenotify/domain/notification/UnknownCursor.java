package org.leavenotify.domain.notification;

import org.leavenotify.domain.shared.InvalidValue;

/** Refused: a paging cursor that names none of the caller's notifications. */
public class UnknownCursor extends InvalidValue {

    public UnknownCursor(NotificationId cursor) {
        super("the cursor " + cursor + " is not one of your notifications");
    }
}
