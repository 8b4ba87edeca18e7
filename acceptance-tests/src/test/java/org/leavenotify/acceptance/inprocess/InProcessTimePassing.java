package org.leavenotify.acceptance.inprocess;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.leavenotify.acceptance.steps.TimePassing;
import org.leavenotify.application.InMemoryApplication;
import org.leavenotify.application.leave.port.in.FollowUpWaitingRequestsUseCase;
import org.leavenotify.application.mail.port.in.SendDueMailsUseCase;

/** Days going by in-process: the in-memory application's clock moved on, its follow-up run by its port. */
class InProcessTimePassing implements TimePassing {

    private final InMemoryApplication app;
    private final FollowUpWaitingRequestsUseCase followUps;
    private final SendDueMailsUseCase mail;

    InProcessTimePassing(InProcessWorld world) {
        this.app = world.app();
        this.followUps = world.app().followUps;
        this.mail = world.app().mail;
    }

    @Override
    public LocalDate nextWorkingDay() {
        return TimePassing.workingDaysAfter(today(), 1, this::isWorkingDay);
    }

    @Override
    public void workingDaysPass(int workingDays) {
        LocalDate today = today();
        LocalDate then = TimePassing.workingDaysAfter(today, workingDays, this::isWorkingDay);
        app.clock.advance(Duration.ofDays(ChronoUnit.DAYS.between(today, then)));
        followUps.followUpWaitingRequests(100);
        followUps.followUpWaitingRequests(100);
    }

    @Override
    public void minutesPass(int minutes) {
        app.clock.advance(Duration.ofMinutes(minutes));
        mail.sendDue(100);
        mail.sendDue(100);
    }

    private LocalDate today() {
        return app.policy.today(app.clock.instant());
    }

    private boolean isWorkingDay(LocalDate day) {
        return app.calendar.calendarFor(day.getYear()).isWorkingDay(day);
    }
}
