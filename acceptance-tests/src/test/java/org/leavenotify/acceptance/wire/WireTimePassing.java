package org.leavenotify.acceptance.wire;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.leavenotify.acceptance.steps.TimePassing;
import org.leavenotify.application.leave.port.in.FollowUpWaitingRequestsUseCase;
import org.leavenotify.application.leave.port.out.HolidayCalendarPort;
import org.leavenotify.application.mail.port.in.SendDueMailsUseCase;
import org.leavenotify.domain.leave.LeavePolicy;

/**
 * Time going by for the assembled application: its clock moved on, then its follow-up or e-mail sweep's use
 * case run (the sweeps themselves run on their own real-time schedule). Passes are short-lived, so after the days
 * everyone signs in again, as they would.
 */
class WireTimePassing implements TimePassing {

    private final WireWorld world;
    private final ShiftedClock clock;
    private final FollowUpWaitingRequestsUseCase followUps;
    private final SendDueMailsUseCase mail;
    private final HolidayCalendarPort calendars;
    private final LeavePolicy policy;

    WireTimePassing(WireWorld world, ShiftedClock clock, FollowUpWaitingRequestsUseCase followUps,
                    SendDueMailsUseCase mail, HolidayCalendarPort calendars, LeavePolicy policy) {
        this.world = world;
        this.clock = clock;
        this.followUps = followUps;
        this.mail = mail;
        this.calendars = calendars;
        this.policy = policy;
    }

    @Override
    public LocalDate nextWorkingDay() {
        return TimePassing.workingDaysAfter(today(), 1, this::isWorkingDay);
    }

    @Override
    public void workingDaysPass(int workingDays) {
        LocalDate today = today();
        LocalDate then = TimePassing.workingDaysAfter(today, workingDays, this::isWorkingDay);
        clock.moveOn(Duration.ofDays(ChronoUnit.DAYS.between(today, then)));
        world.forgetPasses();
        followUps.followUpWaitingRequests(100);
        followUps.followUpWaitingRequests(100);
    }

    @Override
    public void minutesPass(int minutes) {
        clock.moveOn(Duration.ofMinutes(minutes));
        mail.sendDue(100);
        mail.sendDue(100);
    }

    private LocalDate today() {
        return policy.today(clock.instant());
    }

    private boolean isWorkingDay(LocalDate day) {
        return calendars.calendarFor(day.getYear()).isWorkingDay(day);
    }
}
