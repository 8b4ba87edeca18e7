package org.leavenotify.acceptance.steps;

import java.time.LocalDate;
import java.util.function.Predicate;

/** Days going by in the system under test, and what it does about requests that wait meanwhile. */
public interface TimePassing {

    /** The first working day after today (weekends and the system's public holidays left out). */
    LocalDate nextWorkingDay();

    /**
     * Moves the system's clock on by {@code workingDays} working days, at the same time of day, and lets the
     * follow-up of waiting requests run as the sweep of every node would: twice, one after the other.
     */
    void workingDaysPass(int workingDays);

    /** Moves the system's clock on by {@code minutes} and lets the e-mail sweep run as every node's would. */
    void minutesPass(int minutes);

    /** The day {@code workingDays} working days after {@code from} (the first working day after it for 1). */
    static LocalDate workingDaysAfter(LocalDate from, int workingDays, Predicate<LocalDate> isWorkingDay) {
        LocalDate day = from;
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (isWorkingDay.test(day)) {
                counted++;
            }
        }
        return day;
    }
}
