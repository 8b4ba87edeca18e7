package org.leavenotify.application.administration.port.in;

import java.util.List;

import org.leavenotify.domain.leave.PublicHoliday;
import org.leavenotify.domain.organisation.EmployeeId;

/** The public holidays of one year, in date order, for HR. */
public interface PublicHolidaysQuery {

    List<PublicHoliday> holidaysOf(EmployeeId actor, int year);
}
