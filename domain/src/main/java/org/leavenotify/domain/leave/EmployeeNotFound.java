package org.leavenotify.domain.leave;

import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.shared.DomainRefusal;

/** Refused: the employee does not exist or is no longer active. */
public class EmployeeNotFound extends DomainRefusal {

    public EmployeeNotFound(EmployeeId employee) {
        super(Kind.NOT_FOUND, "no active employee " + employee);
    }
}
