package org.leavenotify.domain.leave;

import java.time.LocalDate;

import org.leavenotify.domain.shared.Require;

/**
 * The dates a leave request covers, both inclusive, with optional half days: the first day may start
 * at noon and the last day may end at noon. A period never ends before it starts and never spans two
 * calendar years (allowances are yearly, so leave over New Year is asked for as two requests).
 */
public record LeavePeriod(LocalDate start, LocalDate end, boolean startsAtNoon, boolean endsAtNoon) {

    public LeavePeriod {
        Require.present(start, "start date");
        Require.present(end, "end date");
        if (end.isBefore(start)) {
            throw new LeavePeriodEndsBeforeItStarts(start, end);
        }
        if (start.getYear() != end.getYear()) {
            throw new LeavePeriodSpansTwoYears(start, end);
        }
        if (start.equals(end) && startsAtNoon && endsAtNoon) {
            throw new LeavePeriodEndsBeforeItStarts(start, end);
        }
    }

    public static LeavePeriod of(LocalDate start, LocalDate end) {
        return new LeavePeriod(start, end, false, false);
    }

    public int year() {
        return start.getYear();
    }

    /** True when the two periods share at least one half day. */
    public boolean overlaps(LeavePeriod other) {
        return firstHalfDay() <= other.lastHalfDay() && other.firstHalfDay() <= lastHalfDay();
    }

    /** True when the period has started on {@code today}. */
    public boolean hasStartedOn(LocalDate today) {
        return !today.isBefore(start);
    }

    private long firstHalfDay() {
        return start.toEpochDay() * 2 + (startsAtNoon ? 1 : 0);
    }

    private long lastHalfDay() {
        return end.toEpochDay() * 2 + (endsAtNoon ? 0 : 1);
    }

    @Override
    public String toString() {
        return start.equals(end) ? start.toString() : start + " to " + end;
    }
}
