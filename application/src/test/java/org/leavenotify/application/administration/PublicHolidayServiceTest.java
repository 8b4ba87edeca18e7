package org.leavenotify.application.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.leavenotify.application.demo.DemoOrganisation.ALICE;
import static org.leavenotify.application.demo.DemoOrganisation.BOB;
import static org.leavenotify.application.demo.DemoOrganisation.CAROL;
import static org.leavenotify.application.demo.DemoOrganisation.HANA;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.leavenotify.application.InMemoryApplication;
import org.leavenotify.application.administration.port.in.AddPublicHolidayUseCase.AddPublicHolidayCommand;
import org.leavenotify.application.administration.port.in.AddPublicHolidayUseCase.HolidayChange;
import org.leavenotify.application.administration.port.in.RemovePublicHolidayUseCase.RemovePublicHolidayCommand;
import org.leavenotify.application.leave.port.in.ApproveLeaveRequestUseCase.ApproveLeaveRequestCommand;
import org.leavenotify.application.leave.port.in.SubmitLeaveRequestUseCase.SubmitLeaveRequestCommand;
import org.leavenotify.domain.leave.LeaveBalance;
import org.leavenotify.domain.leave.LeaveRequest;
import org.leavenotify.domain.leave.LeaveType;
import org.leavenotify.domain.leave.PublicHoliday;
import org.leavenotify.domain.leave.WorkingDays;
import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.organisation.NotAnAdministrator;

/** HR's holiday calendar and the working days of the requests it touches. */
class PublicHolidayServiceTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
    private static final LocalDate TUESDAY = MONDAY.plusDays(1);

    private final InMemoryApplication app = new InMemoryApplication();

    private LeaveRequest submit(EmployeeId who, LocalDate start, LocalDate end) {
        return app.leave.submit(new SubmitLeaveRequestCommand(who, LeaveType.ANNUAL, start, end, null));
    }

    private WorkingDays daysOf(LeaveRequest request) {
        return app.requests.findById(request.id()).orElseThrow().workingDays();
    }

    @Test
    void aNewHolidayMakesPendingRequestsOverItCountOneDayLess() {
        LeaveRequest alices = submit(ALICE, MONDAY, MONDAY.plusDays(2));
        LeaveRequest carols = submit(CAROL, TUESDAY, TUESDAY);
        LeaveRequest notOverIt = submit(CAROL, MONDAY.plusDays(3), MONDAY.plusDays(4));

        HolidayChange change = app.holidays.addHoliday(new AddPublicHolidayCommand(HANA, TUESDAY, "Founders' Day"));

        assertThat(change).isEqualTo(new HolidayChange(TUESDAY, 2));
        assertThat(daysOf(alices)).isEqualTo(WorkingDays.of(2));
        assertThat(daysOf(carols)).isEqualTo(WorkingDays.NONE);
        assertThat(daysOf(notOverIt)).isEqualTo(WorkingDays.of(2));
        assertThat(annualLeft(ALICE)).isEqualByComparingTo("23");
    }

    @Test
    void approvedLeaveKeepsTheDaysItWasApprovedFor() {
        LeaveRequest approved = submit(ALICE, MONDAY, MONDAY.plusDays(2));
        app.leave.approve(new ApproveLeaveRequestCommand(BOB, approved.id(), null));

        HolidayChange change = app.holidays.addHoliday(new AddPublicHolidayCommand(HANA, TUESDAY, "Founders' Day"));

        assertThat(change.recountedRequests()).isZero();
        assertThat(daysOf(approved)).isEqualTo(WorkingDays.of(3));
    }

    @Test
    void aRemovedHolidayCountsAgainInPendingRequests() {
        app.holidays.addHoliday(new AddPublicHolidayCommand(HANA, TUESDAY, "Founders' Day"));
        LeaveRequest request = submit(ALICE, MONDAY, MONDAY.plusDays(2));
        assertThat(daysOf(request)).isEqualTo(WorkingDays.of(2));

        HolidayChange change = app.holidays.removeHoliday(new RemovePublicHolidayCommand(HANA, TUESDAY));

        assertThat(change.recountedRequests()).isEqualTo(1);
        assertThat(daysOf(request)).isEqualTo(WorkingDays.of(3));
        assertThat(app.calendar.calendarFor(2026).isWorkingDay(TUESDAY)).isTrue();
    }

    @Test
    void makingTheSameChangeAgainRecountsNothing() {
        submit(ALICE, MONDAY, MONDAY.plusDays(2));
        app.holidays.addHoliday(new AddPublicHolidayCommand(HANA, TUESDAY, "Founders' Day"));

        assertThat(app.holidays.addHoliday(new AddPublicHolidayCommand(HANA, TUESDAY, "Founders' Day"))
                .recountedRequests()).isZero();
    }

    @Test
    void hrListsTheHolidaysOfAYearInDateOrderWithTheirNames() {
        app.holidays.addHoliday(new AddPublicHolidayCommand(HANA, TUESDAY, "Founders' Day"));

        assertThat(app.holidays.holidaysOf(HANA, 2026)).containsExactly(
                new PublicHoliday(LocalDate.of(2026, 1, 1), "Public holiday"),
                new PublicHoliday(LocalDate.of(2026, 5, 1), "Public holiday"),
                new PublicHoliday(TUESDAY, "Founders' Day"),
                new PublicHoliday(LocalDate.of(2026, 12, 25), "Public holiday"),
                new PublicHoliday(LocalDate.of(2026, 12, 26), "Public holiday"));
    }

    @Test
    void onlyHrChangesTheCalendar() {
        assertThatThrownBy(() -> app.holidays.addHoliday(new AddPublicHolidayCommand(BOB, TUESDAY, "Bob's day")))
                .isInstanceOf(NotAnAdministrator.class);
        assertThatThrownBy(() -> app.holidays.removeHoliday(new RemovePublicHolidayCommand(ALICE,
                LocalDate.of(2026, 12, 25)))).isInstanceOf(NotAnAdministrator.class);
        assertThatThrownBy(() -> app.holidays.holidaysOf(ALICE, 2026)).isInstanceOf(NotAnAdministrator.class);
        assertThat(app.calendar.calendarFor(2026).isWorkingDay(TUESDAY)).isTrue();
    }

    private java.math.BigDecimal annualLeft(EmployeeId who) {
        return app.queries.myBalances(who, 2026).stream().filter(b -> b.type() == LeaveType.ANNUAL)
                .map(LeaveBalance::remaining).findFirst().orElseThrow();
    }
}
