package org.leavenotify.application.mail;

/** Where an e-mail stands. Only PENDING ones are ever sent; the others are final. */
public enum MailState {
    /** Waiting until it is due, or to be tried again after a failure. */
    PENDING,
    /** Taken by the mail server. */
    SENT,
    /** Not sent, and it will not be: read in the meantime, not wanted, no address, gone. */
    SKIPPED,
    /** The mail server refused it for good, or it failed too often: an operator should look. */
    DEAD
}
