package org.leavenotify.application.leave.port.in;

import java.util.List;

import org.leavenotify.domain.leave.PublicHoliday;

/**
 * The public holidays of a year, in date order, for everyone: they are on every calendar, and a client
 * needs them to say how many working days a request will count before it is sent.
 */
public interface HolidayCalendarQuery {

    List<PublicHoliday> publicHolidays(int year);
}
