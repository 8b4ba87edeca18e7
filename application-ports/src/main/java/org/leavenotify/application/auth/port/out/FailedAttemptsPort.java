package org.leavenotify.application.auth.port.out;

import java.time.Instant;

/**
 * Failed attempts (logins, current-password checks) counted per key and fixed time window, kept where
 * every node of the application sees the same counts: a guesser gains nothing by reaching another node.
 * A window is named by its key and its start; the caller chooses both (see
 * {@code org.leavenotify.application.auth.LoginThrottle}).
 */
public interface FailedAttemptsPort {

    /**
     * Counts one failure of {@code key} in the window {@code [start, end)} and returns how many that window
     * holds now, this one included. Two nodes counting at once both count: the result never loses one.
     */
    int recordFailure(String key, Instant start, Instant end);

    /** How many failures of {@code key} the window starting at {@code start} holds (0 if none). */
    int failures(String key, Instant start);

    /** Forgets the failures of {@code key} in the window starting at {@code start} (a success clears them). */
    void forget(String key, Instant start);

    /** Removes windows that ended at or before {@code instant}; how many were removed. */
    int removeEndedBy(Instant instant);
}
