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

    /**
     * The working days after {@code from} up to and including {@code to}: how many working days something
     * that happened on {@code from} has waited by the end of {@code to} (0 when {@code to} is not after it).
     * The calendar must hold the holidays of every year in between.
     */
    public int workingDaysAfter(LocalDate from, LocalDate to) {
        int days = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                days++;
            }
        }
        return days;
    }

    /** This calendar's holidays and {@code other}'s: a calendar of several years. */
    public HolidayCalendar and(HolidayCalendar other) {
        Set<LocalDate> both = new TreeSet<>(holidays);
        both.addAll(other.holidays);
        return new HolidayCalendar(both);
    }
}
