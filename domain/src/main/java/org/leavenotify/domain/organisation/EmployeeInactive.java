package org.leavenotify.domain.organisation;

import org.leavenotify.domain.shared.DomainRefusal;

/** Refused: the employee has been deactivated; their record can no longer change. */
public class EmployeeInactive extends DomainRefusal {

    public EmployeeInactive(EmployeeId employee) {
        super(Kind.STATE_CONFLICT, employee + " is no longer active");
    }
}
