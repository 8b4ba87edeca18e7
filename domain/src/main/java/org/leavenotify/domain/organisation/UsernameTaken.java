package org.leavenotify.domain.organisation;

import org.leavenotify.domain.shared.DomainRefusal;

/**
 * Refused: another employee, active or not, already has this username. Usernames are never reused, so
 * a token or a notification can never be mistaken for someone else's. Reported as a conflict with
 * what exists (409), like any duplicate.
 */
public class UsernameTaken extends DomainRefusal {

    public UsernameTaken(String username) {
        super(Kind.STATE_CONFLICT, "the username '" + username + "' is taken");
    }
}
