package org.leavenotify.domain.organisation;

import org.leavenotify.domain.shared.DomainRefusal;

/** Refused: a manager must be an active employee with the MANAGER role. */
public class NotAnActiveManager extends DomainRefusal {

    public NotAnActiveManager(EmployeeId manager) {
        super(Kind.BUSINESS_RULE, manager + " cannot be a manager: a manager must be an active employee with the "
                + "MANAGER role");
    }
}
