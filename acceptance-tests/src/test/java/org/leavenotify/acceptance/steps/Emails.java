package org.leavenotify.acceptance.steps;

import java.util.List;

/** The e-mails the system sent, as their recipients find them. */
public interface Emails {

    /** An e-mail as received: the address it went to, its subject and its plain-text part. */
    record ReceivedEmail(String to, String subject, String text) {
    }

    /** Every e-mail sent to the person's address so far. */
    List<ReceivedEmail> emailsTo(Persona who);
}
