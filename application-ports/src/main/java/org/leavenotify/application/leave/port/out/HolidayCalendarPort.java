package org.leavenotify.application.leave.port.out;

import java.time.LocalDate;
import java.util.List;

import org.leavenotify.domain.leave.HolidayCalendar;
import org.leavenotify.domain.leave.PublicHoliday;

/** The public holidays that are not working days. */
public interface HolidayCalendarPort {

    /** The holidays of one calendar year (an empty calendar if none are known). */
    HolidayCalendar calendarFor(int year);

    /** The holidays of one calendar year with their names, in date order. */
    List<PublicHoliday> holidaysOf(int year);

    /** Adds a public holiday; adding one that exists changes nothing (it keeps its first name). */
    void addHoliday(LocalDate date, String name);

    /** Removes a public holiday; removing one that does not exist changes nothing. */
    void removeHoliday(LocalDate date);
}
