package org.leavenotify.application.notification;

import org.leavenotify.domain.shared.InvalidValue;

/** An unsubscribe link that is not one of ours, was altered, or has expired: nothing was changed. */
public class UnsubscribeLinkInvalid extends InvalidValue {

    public UnsubscribeLinkInvalid() {
        super("This unsubscribe link is not valid or has expired; change your e-mail settings in the app instead.");
    }
}
