package org.leavenotify.domain.organisation;

import org.leavenotify.domain.shared.DomainRefusal;

/** Refused: only an active HR administrator manages employees, reporting lines and holidays. */
public class NotAnAdministrator extends DomainRefusal {

    public NotAnAdministrator(EmployeeId caller) {
        super(Kind.NOT_ALLOWED, "only HR administrators may manage employees and holidays");
    }
}
