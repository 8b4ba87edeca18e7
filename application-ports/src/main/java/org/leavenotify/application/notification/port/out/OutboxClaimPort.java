package org.leavenotify.application.notification.port.out;

import java.time.Instant;

import org.leavenotify.domain.leave.LeaveRequestId;

/**
 * Lets several nodes share one store without dispatching the same outbox twice: a dispatcher claims a
 * request's outbox before it dispatches it and releases it afterwards. A claim is a lease: a node that
 * dies while it holds one blocks nobody for longer than the lease, after which any node may claim the
 * outbox again and finish what was left in it.
 *
 * <p>Invariant: at any instant at most one claimant holds a live claim on a request. Claiming is one
 * atomic step in the store, so of two nodes that try at once exactly one succeeds.
 */
public interface OutboxClaimPort {

    /**
     * Claims the outbox of {@code request} for {@code claimant} until {@code until}, if no claim on it is
     * live at {@code now} (a claim is live until its end, exclusive). Returns whether the claim was given.
     * A claimant that already holds a live claim is refused like anyone else: each dispatch claims with a
     * claimant of its own.
     */
    boolean claim(LeaveRequestId request, String claimant, Instant now, Instant until);

    /**
     * Gives up the claim of {@code claimant} on {@code request}. A claim that has passed to someone else,
     * or that does not exist, is left alone.
     */
    void release(LeaveRequestId request, String claimant);
}
