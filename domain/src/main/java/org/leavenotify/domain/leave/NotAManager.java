package org.leavenotify.domain.leave;

import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.shared.DomainRefusal;

/** Refused: only managers have a team whose requests they can list. */
public class NotAManager extends DomainRefusal {

    public NotAManager(EmployeeId employee) {
        super(Kind.NOT_ALLOWED, "only managers can list their team's leave requests");
    }
}
