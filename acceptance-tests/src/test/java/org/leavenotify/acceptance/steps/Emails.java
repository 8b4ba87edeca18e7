package org.leavenotify.acceptance.steps;

import java.util.List;

/** The e-mails the system sent, as their recipients find them. */
public interface Emails {

    /**
     * An e-mail as received: the address it went to, its subject, its plain-text part, and the link that stops
     * such e-mails.
     */
    record ReceivedEmail(String to, String subject, String text, String unsubscribeUrl) {
    }

    /** Every e-mail sent to the person's address so far. */
    List<ReceivedEmail> emailsTo(Persona who);

    /** Follows the e-mail's link to stop such e-mails, and confirms, without logging in. */
    void unsubscribeWith(ReceivedEmail email);
}
