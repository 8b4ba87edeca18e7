package org.leavenotify.application.auth;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;

import org.leavenotify.application.administration.port.out.SessionTerminationPort;
import org.leavenotify.application.auth.port.out.SessionGenerationsPort;
import org.leavenotify.domain.organisation.EmployeeId;

/**
 * Ends every earlier access token and open STOMP session of a person (../shared/CONTRACT.md, "Sessions"):
 * after a password change or reset, a role change, a deactivation. The generation in the store moves on,
 * so every node refuses the earlier tokens from the next request; the sessions open on this node are closed
 * at once with {@code reason}, those on other nodes at their next revalidation.
 */
public final class SessionRevocation {

    public static final String REVOKED_REASON = AuthenticationFailed.Reason.REVOKED_TOKEN.name() + ": "
            + AuthenticationFailed.Reason.REVOKED_TOKEN.description();

    private static final Logger LOG = System.getLogger(SessionRevocation.class.getName());

    private final SessionGenerationsPort generations;
    private final SessionTerminationPort sessions;

    public SessionRevocation(SessionGenerationsPort generations, SessionTerminationPort sessions) {
        this.generations = generations;
        this.sessions = sessions;
    }

    /** Moves the person's generation on (the store write must succeed) and closes their local sessions. */
    public void endEverySessionOf(EmployeeId employee, String reason) {
        generations.endSessions(employee);
        closeLocalSessions(employee, reason);
    }

    /** Closes the person's sessions open on this node; best effort, a session already gone is nothing to close. */
    public void closeLocalSessions(EmployeeId employee, String reason) {
        try {
            int closed = sessions.closeAllSessionsOf(employee, reason);
            if (closed > 0) {
                LOG.log(Level.INFO, "Closed " + closed + " live session(s) of " + employee);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not close the live sessions of " + employee, e);
        }
    }
}
