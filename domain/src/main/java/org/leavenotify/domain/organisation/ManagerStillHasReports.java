package org.leavenotify.domain.organisation;

import org.leavenotify.domain.shared.DomainRefusal;

/**
 * Refused: a manager with active reports can be neither deactivated nor stripped of the MANAGER role
 * until each report has been moved to another manager (their pending requests move with them).
 */
public class ManagerStillHasReports extends DomainRefusal {

    public ManagerStillHasReports(EmployeeId manager, int activeReports) {
        super(Kind.STATE_CONFLICT, manager + " still manages " + activeReports + " active "
                + (activeReports == 1 ? "employee" : "employees") + "; move them to another manager first");
    }
}
