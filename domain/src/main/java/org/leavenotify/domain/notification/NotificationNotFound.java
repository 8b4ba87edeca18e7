package org.leavenotify.domain.notification;

import org.leavenotify.domain.shared.DomainRefusal;

/** Refused: no such notification among the caller's own. Another person's id is reported the same way. */
public class NotificationNotFound extends DomainRefusal {

    public NotificationNotFound(String id) {
        super(Kind.NOT_FOUND, "no notification " + id);
    }
}
