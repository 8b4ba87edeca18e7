package org.leavenotify.domain.organisation;

import org.leavenotify.domain.leave.WorkingDays;
import org.leavenotify.domain.shared.DomainRefusal;

/**
 * Refused: an allowance cannot be lowered below the annual leave already approved or waiting for a
 * decision in that year; cancel or reject some of it first.
 */
public class AllowanceBelowBookedLeave extends DomainRefusal {

    public AllowanceBelowBookedLeave(EmployeeId employee, int year, WorkingDays booked, WorkingDays asked) {
        super(Kind.BUSINESS_RULE, employee + " already has " + booked + " days of annual leave approved or pending in "
                + year + "; the allowance cannot be " + asked + " days");
    }
}
