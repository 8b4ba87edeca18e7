package org.leavenotify.application.administration.port.out;

import org.leavenotify.domain.organisation.EmployeeId;

/**
 * Ends the live connections of a person who may no longer use the system (deactivated by HR). A STOMP
 * session is authenticated once, on CONNECT, so it must be closed from the outside; REST calls check
 * the token, and whether its owner is still active, on every request. Best effort: a session that is
 * already gone is nothing to close.
 */
public interface SessionTerminationPort {

    /**
     * Closes every session {@code employee} has open on this node, each with an error that says
     * {@code reason}; returns how many were closed.
     */
    int closeAllSessionsOf(EmployeeId employee, String reason);
}
