package org.leavenotify.domain.organisation;

import org.leavenotify.domain.shared.DomainRefusal;

/** Refused: the first administrator is made only while the organisation has no active HR administrator. */
public class AnAdministratorExists extends DomainRefusal {

    public AnAdministratorExists() {
        super(Kind.STATE_CONFLICT, "an active HR administrator exists already: they create everyone else");
    }
}
