package org.leavenotify.application.leave.port.in;

/**
 * Chases the requests that wait too long for their decision: reminds their deciders, passes them up to the
 * deciders' managers (or HR), tells HR about leave that started undecided. Run by a sweep on every node;
 * each step happens once however many run it at the same moment.
 */
public interface FollowUpWaitingRequestsUseCase {

    /**
     * Looks at every pending request that may be due a follow-up, {@code pageSize} at a time, and takes the
     * steps that are due; returns how many requests it followed up.
     */
    int followUpWaitingRequests(int pageSize);
}
