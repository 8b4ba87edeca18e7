package org.leavenotify.application.mail.port.out;

import org.leavenotify.application.mail.MailDeliveryFailed;
import org.leavenotify.application.mail.MailMessage;

/**
 * Hands an e-mail to whatever delivers it: an SMTP server, a directory of {@code .eml} files, memory.
 * Every adapter passes the same contract (the message as given: both parts, the headers, the id).
 */
public interface MailDeliveryPort {

    /**
     * Delivers the message, or throws {@link MailDeliveryFailed} saying whether trying again may help.
     * Returns only once the message is taken (queued by the server, written to disk).
     */
    void deliver(MailMessage message);
}
