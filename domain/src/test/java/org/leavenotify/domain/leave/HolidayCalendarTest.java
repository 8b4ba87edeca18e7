package org.leavenotify.domain.leave;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

class HolidayCalendarTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

    @Test
    void weekendsAreNotWorkingDays() {
        LeavePeriod fullWeek = LeavePeriod.of(MONDAY, MONDAY.plusDays(6));

        assertThat(HolidayCalendar.NONE.workingDaysIn(fullWeek)).isEqualTo(WorkingDays.of(5));
    }

    @Test
    void publicHolidaysAreNotWorkingDays() {
        HolidayCalendar christmas = new HolidayCalendar(Set.of(LocalDate.of(2026, 12, 25)));

        assertThat(christmas.workingDaysIn(LeavePeriod.of(LocalDate.of(2026, 12, 21), LocalDate.of(2026, 12, 25))))
                .isEqualTo(WorkingDays.of(4));
    }

    @Test
    void halfDaysAtTheStartAndEndCountAsHalf() {
        LeavePeriod period = new LeavePeriod(MONDAY, MONDAY.plusDays(2), true, true);

        assertThat(HolidayCalendar.NONE.workingDaysIn(period).toString()).isEqualTo("2");
        assertThat(HolidayCalendar.NONE.workingDaysIn(new LeavePeriod(MONDAY, MONDAY.plusDays(1), true, false)))
                .hasToString("1.5");
    }

    @Test
    void aWeekendOnlyPeriodHasNoWorkingDays() {
        assertThat(HolidayCalendar.NONE.workingDaysIn(LeavePeriod.of(MONDAY.minusDays(2), MONDAY.minusDays(1))).isZero())
                .isTrue();
    }
}
