package org.leavenotify.application.administration;

import java.time.LocalDate;
import java.util.List;

import org.leavenotify.application.administration.port.in.AddPublicHolidayUseCase;
import org.leavenotify.application.administration.port.in.PublicHolidaysQuery;
import org.leavenotify.application.administration.port.in.RemovePublicHolidayUseCase;
import org.leavenotify.application.leave.port.in.HolidayCalendarQuery;
import org.leavenotify.application.leave.port.out.EmployeeDirectoryPort;
import org.leavenotify.application.leave.port.out.HolidayCalendarPort;
import org.leavenotify.application.leave.port.out.LeaveRequestRepositoryPort;
import org.leavenotify.application.leave.port.out.PendingLeaveRequestsPort;
import org.leavenotify.application.shared.Retry;
import org.leavenotify.domain.leave.HolidayCalendar;
import org.leavenotify.domain.leave.LeaveRequest;
import org.leavenotify.domain.leave.PublicHoliday;
import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.organisation.ReportingLines;

/**
 * HR's holiday calendar. A change is two steps: the calendar, then the working days of each pending
 * request that covers the day (one single-document write each, at the version read). Both steps are
 * idempotent, so if the process stops between them, making the same change again finishes it; APPROVED
 * (and other decided) requests keep the count they were decided with.
 */
public final class PublicHolidayService implements AddPublicHolidayUseCase, RemovePublicHolidayUseCase,
        PublicHolidaysQuery, HolidayCalendarQuery {

    private final EmployeeDirectoryPort directory;
    private final HolidayCalendarPort calendar;
    private final PendingLeaveRequestsPort pending;
    private final LeaveRequestRepositoryPort requests;

    public PublicHolidayService(EmployeeDirectoryPort directory, HolidayCalendarPort calendar,
                                PendingLeaveRequestsPort pending, LeaveRequestRepositoryPort requests) {
        this.directory = directory;
        this.calendar = calendar;
        this.pending = pending;
        this.requests = requests;
    }

    @Override
    public HolidayChange addHoliday(AddPublicHolidayCommand command) {
        requireAdministrator(command.actor());
        PublicHoliday holiday = command.holiday();
        calendar.addHoliday(holiday.date(), holiday.name());
        return new HolidayChange(holiday.date(), recountAround(holiday.date()));
    }

    @Override
    public HolidayChange removeHoliday(RemovePublicHolidayCommand command) {
        requireAdministrator(command.actor());
        calendar.removeHoliday(command.date());
        return new HolidayChange(command.date(), recountAround(command.date()));
    }

    @Override
    public List<PublicHoliday> holidaysOf(EmployeeId actor, int year) {
        requireAdministrator(actor);
        return calendar.holidaysOf(year);
    }

    @Override
    public List<PublicHoliday> publicHolidays(int year) {
        return calendar.holidaysOf(year);
    }

    private int recountAround(LocalDate date) {
        HolidayCalendar holidays = calendar.calendarFor(date.getYear());
        int recounted = 0;
        for (LeaveRequest found : pending.findPendingCovering(date)) {
            boolean changed = Retry.onConcurrentUpdate(() -> {
                LeaveRequest request = requests.findById(found.id()).orElse(null);
                if (request == null || !request.recount(holidays)) {
                    return false;
                }
                requests.save(request);
                return true;
            });
            if (changed) {
                recounted++;
            }
        }
        return recounted;
    }

    private void requireAdministrator(EmployeeId actor) {
        ReportingLines.requireAdministrator(directory.findById(actor).orElse(null));
    }
}
