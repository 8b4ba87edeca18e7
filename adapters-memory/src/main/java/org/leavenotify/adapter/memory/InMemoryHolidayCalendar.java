package org.leavenotify.adapter.memory;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Collectors;

import org.leavenotify.application.leave.port.out.HolidayCalendarPort;
import org.leavenotify.domain.leave.HolidayCalendar;
import org.leavenotify.domain.leave.PublicHoliday;

/** Public holidays in memory. */
public final class InMemoryHolidayCalendar implements HolidayCalendarPort {

    private final Map<LocalDate, String> holidays = new ConcurrentSkipListMap<>();

    @Override
    public HolidayCalendar calendarFor(int year) {
        return new HolidayCalendar(holidays.keySet().stream()
                .filter(date -> date.getYear() == year)
                .collect(Collectors.toSet()));
    }

    @Override
    public List<PublicHoliday> holidaysOf(int year) {
        return holidays.entrySet().stream()
                .filter(holiday -> holiday.getKey().getYear() == year)
                .map(holiday -> new PublicHoliday(holiday.getKey(), holiday.getValue()))
                .toList();
    }

    @Override
    public void addHoliday(LocalDate date, String name) {
        holidays.putIfAbsent(date, name);
    }

    @Override
    public void removeHoliday(LocalDate date) {
        holidays.remove(date);
    }
}
