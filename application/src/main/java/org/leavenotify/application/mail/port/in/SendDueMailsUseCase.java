package org.leavenotify.application.mail.port.in;

/**
 * Sends the e-mails that are due: notifications still unread a while after they were stored. Run by a sweep
 * on every node; each e-mail is claimed by one node before it is sent.
 */
public interface SendDueMailsUseCase {

    /** Sends, skips or reschedules at most {@code limit} due e-mails; returns how many it settled or rescheduled. */
    int sendDue(int limit);
}
