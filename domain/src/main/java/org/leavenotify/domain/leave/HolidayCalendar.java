package org.leavenotify.domain.leave;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/** Public holidays; together with weekends they are the days that are not working days. */
public record HolidayCalendar(Set<LocalDate> holidays) {

    public static final HolidayCalendar NONE = new HolidayCalendar(Set.of());

    public HolidayCalendar {
        holidays = Set.copyOf(new TreeSet<>(holidays));
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.contains(date);
    }

    /** Working days in the period: weekends and holidays excluded, half days counted as half. */
    public WorkingDays workingDaysIn(LeavePeriod period) {
        int halfDays = 0;
        for (LocalDate day = period.start(); !day.isAfter(period.end()); day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            int dayHalves = 2;
            if (day.equals(period.start()) && period.startsAtNoon()) {
                dayHalves--;
            }
            if (day.equals(period.end()) && period.endsAtNoon()) {
                dayHalves--;
            }
            halfDays += dayHalves;
        }
        return new WorkingDays(halfDays);
    }
}
