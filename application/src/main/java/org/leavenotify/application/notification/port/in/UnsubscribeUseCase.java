package org.leavenotify.application.notification.port.in;

import org.leavenotify.application.notification.Unsubscription;

/** Someone follows the unsubscribe link of an e-mail, without logging in. */
public interface UnsubscribeUseCase {

    /** Peeks at what the link would turn off, changing nothing (the page that asks to confirm). */
    Unsubscription whatItTurnsOff(String token);

    /**
     * Turns off e-mail about the link's kind of notification for the link's person, and nothing else. Refused
     * with {@link org.leavenotify.application.notification.UnsubscribeLinkInvalid} for a link that is not valid.
     */
    Unsubscription unsubscribe(String token);
}
