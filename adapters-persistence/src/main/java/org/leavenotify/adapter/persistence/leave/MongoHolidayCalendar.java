package org.leavenotify.adapter.persistence.leave;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.leavenotify.adapter.persistence.MongoCalls;
import org.leavenotify.adapter.persistence.MongoIndexes;
import org.leavenotify.application.leave.port.out.HolidayCalendarPort;
import org.leavenotify.domain.leave.HolidayCalendar;
import org.leavenotify.domain.leave.PublicHoliday;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.index.Index;

/** Public holidays on MongoDB. */
final class MongoHolidayCalendar implements HolidayCalendarPort {

    static final String COLLECTION = "holidays";

    private final SpringDataHolidayRepository holidays;

    MongoHolidayCalendar(SpringDataHolidayRepository holidays) {
        this.holidays = holidays;
    }

    void createIndexes(MongoIndexes indexes) {
        indexes.ensure(COLLECTION, new Index().on("year", Direction.ASC).named("holidays_by_year"));
    }

    @Override
    public HolidayCalendar calendarFor(int year) {
        return MongoCalls.call("loading the holidays of " + year, () -> new HolidayCalendar(
                holidays.findByYear(year).stream().map(holiday -> LocalDate.parse(holiday.date()))
                        .collect(Collectors.toSet())));
    }

    @Override
    public List<PublicHoliday> holidaysOf(int year) {
        return MongoCalls.call("listing the holidays of " + year, () -> holidays.findByYear(year).stream()
                .map(holiday -> new PublicHoliday(LocalDate.parse(holiday.date()), holiday.name()))
                .sorted(Comparator.comparing(PublicHoliday::date))
                .toList());
    }

    /** An insert, so that adding a holiday twice keeps the first (the duplicate key is the date). */
    @Override
    public void addHoliday(LocalDate date, String name) {
        MongoCalls.run("adding holiday " + date, () -> {
            try {
                holidays.insert(new HolidayDocument(date.toString(), date.getYear(), name));
            } catch (DuplicateKeyException alreadyThere) {
                // adding a holiday that exists changes nothing
            }
        });
    }

    @Override
    public void removeHoliday(LocalDate date) {
        MongoCalls.run("removing holiday " + date, () -> holidays.deleteById(date.toString()));
    }
}
