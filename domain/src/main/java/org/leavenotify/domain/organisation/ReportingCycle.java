package org.leavenotify.domain.organisation;

import org.leavenotify.domain.shared.DomainRefusal;

/** Refused: nobody may end up managing themselves, directly or through a chain of managers. */
public class ReportingCycle extends DomainRefusal {

    public ReportingCycle(EmployeeId employee, EmployeeId manager) {
        super(Kind.BUSINESS_RULE, manager + " reports to " + employee + ", directly or through others, so "
                + employee + " cannot report to " + manager);
    }
}
