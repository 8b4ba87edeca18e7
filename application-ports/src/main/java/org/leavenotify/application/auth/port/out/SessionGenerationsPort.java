package org.leavenotify.application.auth.port.out;

import org.leavenotify.domain.organisation.EmployeeId;

/**
 * Each person's session generation, kept in the store: every access token carries the generation it was
 * issued in, and a token of an older generation is refused on every node at once. Ending someone's
 * sessions (a password change or reset, a role change, a deactivation) moves the generation on.
 */
public interface SessionGenerationsPort {

    /** The current generation of {@code employee}: 0 until their sessions are first ended. */
    long current(EmployeeId employee);

    /** Moves the generation of {@code employee} on by one, atomically, and returns the new one. */
    long endSessions(EmployeeId employee);
}
