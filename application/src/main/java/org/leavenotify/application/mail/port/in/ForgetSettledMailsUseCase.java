package org.leavenotify.application.mail.port.in;

/** Keeps the store of e-mails small: forgets the ones sent or skipped long enough ago. */
public interface ForgetSettledMailsUseCase {

    /** Forgets at most about {@code limit}; returns how many. Dead-lettered e-mails stay for an operator. */
    int forgetSettled(int limit);
}
