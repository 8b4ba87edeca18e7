package org.leavenotify.application.mail.port.out;

import java.time.Instant;
import java.util.List;

import org.leavenotify.application.mail.MailIntent;
import org.leavenotify.application.mail.MailState;

/**
 * Keeps the e-mails notifications may become, each in one document, so that several nodes share the
 * sending: a sender claims an intent (one atomic conditional write) before it sends it and settles it after,
 * and a node that dies holding a claim delays that e-mail by at most the claim's lease.
 */
public interface MailIntentsPort {

    /** Stores the intent unless one with its id is stored already (then nothing changes). */
    void schedule(MailIntent intent);

    /** PENDING intents due at {@code now} and not claimed by anyone at {@code now}, soonest due first. */
    List<MailIntent> findDue(Instant now, int limit);

    /**
     * Claims a PENDING intent that is due at {@code now} for {@code claimant} until {@code until}, if nobody's
     * claim is live at {@code now}. Of two senders that try at once, exactly one succeeds; one that found the
     * intent due before another sender put it off is refused.
     */
    boolean claim(String id, String claimant, Instant now, Instant until);

    /**
     * Ends the intent in {@code state} (SENT, SKIPPED or DEAD) with its outcome, if {@code claimant} still
     * holds it; returns whether it did.
     */
    boolean settle(String id, String claimant, MailState state, String outcome, Instant at);

    /**
     * Gives the intent back as PENDING, due again at {@code nextAttemptAt}, one more attempt counted and the
     * failure kept as its outcome, if {@code claimant} still holds it; returns whether it did.
     */
    boolean retryLater(String id, String claimant, Instant nextAttemptAt, String failure);

    /** The intent with this id, if any. */
    java.util.Optional<MailIntent> findById(String id);

    /**
     * Removes intents that were SENT or SKIPPED before {@code cutoff}, at most about {@code limit}, and returns
     * how many it removed. PENDING ones are never removed, nor DEAD ones (an operator's to look at).
     */
    int removeSettledBefore(Instant cutoff, int limit);

    /** How many intents are in this state (for the operators' metrics). */
    long count(MailState state);
}
