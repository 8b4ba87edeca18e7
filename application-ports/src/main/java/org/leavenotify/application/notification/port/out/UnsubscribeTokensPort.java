package org.leavenotify.application.notification.port.out;

import java.util.Optional;

import org.leavenotify.application.notification.Unsubscription;
import org.leavenotify.domain.notification.NotificationType;
import org.leavenotify.domain.organisation.EmployeeId;

/**
 * The tokens of the unsubscribe links in e-mails: signed, expiring, good for one thing only (turning off
 * e-mail about one kind of notification for one person), and useless as a pass for anything else.
 */
public interface UnsubscribeTokensPort {

    String issue(EmployeeId employee, NotificationType type);

    /** What the token allows, or empty when it is not one of ours, was altered, or has expired. */
    Optional<Unsubscription> verify(String token);
}
