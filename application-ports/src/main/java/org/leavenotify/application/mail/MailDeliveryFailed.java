package org.leavenotify.application.mail;

/**
 * A message the mail server did not take. {@code permanent}: it refused this message or this address and
 * would refuse it again (sending again cannot help); otherwise it could not be reached or asked to try
 * later, and the message is sent again later.
 */
public class MailDeliveryFailed extends RuntimeException {

    private final boolean permanent;

    public MailDeliveryFailed(String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    public boolean isPermanent() {
        return permanent;
    }
}
