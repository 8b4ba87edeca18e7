package org.leavenotify.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leavenotify.application.leave.port.out.HolidayCalendarPort;
import org.leavenotify.domain.leave.HolidayCalendar;
import org.leavenotify.domain.leave.PublicHoliday;

/** What every {@link HolidayCalendarPort} must do. */
public abstract class HolidayCalendarContract {

    private static final LocalDate NEW_YEAR_2027 = LocalDate.of(2027, 1, 1);
    private static final LocalDate CHRISTMAS_2026 = LocalDate.of(2026, 12, 25);
    private static final LocalDate NEW_YEARS_EVE_2026 = LocalDate.of(2026, 12, 31);

    private HolidayCalendarPort calendar;

    /** The adapter under test, knowing no holidays. */
    protected abstract HolidayCalendarPort emptyCalendar();

    @BeforeEach
    void startEmpty() {
        calendar = emptyCalendar();
    }

    @Test
    void aYearWithoutKnownHolidaysHasAnEmptyCalendar() {
        assertThat(calendar.calendarFor(2026).holidays()).isEmpty();
    }

    @Test
    void aYearsCalendarHoldsOnlyThatYearsHolidays() {
        calendar.addHoliday(CHRISTMAS_2026, "Christmas Day");
        calendar.addHoliday(NEW_YEARS_EVE_2026, "New Year's Eve");
        calendar.addHoliday(NEW_YEAR_2027, "New Year's Day");

        assertThat(calendar.calendarFor(2026)).isEqualTo(new HolidayCalendar(
                Set.of(CHRISTMAS_2026, NEW_YEARS_EVE_2026)));
        assertThat(calendar.calendarFor(2027).holidays()).containsExactly(NEW_YEAR_2027);
        assertThat(calendar.calendarFor(2025).holidays()).isEmpty();
    }

    @Test
    void aYearsHolidaysAreListedInDateOrderWithTheirNames() {
        calendar.addHoliday(NEW_YEARS_EVE_2026, "New Year's Eve");
        calendar.addHoliday(NEW_YEAR_2027, "New Year's Day");
        calendar.addHoliday(CHRISTMAS_2026, "Christmas Day");

        assertThat(calendar.holidaysOf(2026)).containsExactly(new PublicHoliday(CHRISTMAS_2026, "Christmas Day"),
                new PublicHoliday(NEW_YEARS_EVE_2026, "New Year's Eve"));
        assertThat(calendar.holidaysOf(2025)).isEmpty();
    }

    @Test
    void aHolidayAddedTwiceKeepsItsFirstName() {
        calendar.addHoliday(CHRISTMAS_2026, "Christmas Day");

        calendar.addHoliday(CHRISTMAS_2026, "Christmas");

        assertThat(calendar.holidaysOf(2026)).containsExactly(new PublicHoliday(CHRISTMAS_2026, "Christmas Day"));
    }

    @Test
    void addingAHolidayThatExistsChangesNothing() {
        calendar.addHoliday(CHRISTMAS_2026, "Christmas Day");

        calendar.addHoliday(CHRISTMAS_2026, "Christmas");

        assertThat(calendar.calendarFor(2026).holidays()).containsExactly(CHRISTMAS_2026);
    }

    @Test
    void removingAHolidayMakesItAWorkingDayAgain() {
        calendar.addHoliday(CHRISTMAS_2026, "Christmas Day");
        calendar.addHoliday(NEW_YEARS_EVE_2026, "New Year's Eve");

        calendar.removeHoliday(NEW_YEARS_EVE_2026);

        assertThat(calendar.calendarFor(2026).holidays()).containsExactly(CHRISTMAS_2026);
        assertThat(calendar.calendarFor(2026).isWorkingDay(NEW_YEARS_EVE_2026)).isTrue();
    }

    @Test
    void removingAnUnknownHolidayChangesNothing() {
        calendar.addHoliday(CHRISTMAS_2026, "Christmas Day");

        calendar.removeHoliday(NEW_YEAR_2027);

        assertThat(calendar.calendarFor(2026).holidays()).containsExactly(CHRISTMAS_2026);
    }
}
