package org.leavenotify.acceptance.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/** Steps about asking for, deciding and cancelling leave. */
public class LeaveSteps {

    private final LeaveRequests system;
    private final ScenarioState state;

    public LeaveSteps(LeaveRequests system, ScenarioState state) {
        this.system = system;
        this.state = state;
    }

    @Given("{persona} has asked for {int} day(s) of {leaveType} leave from the Monday of week {int} next year")
    public void hasAskedFor(Persona who, int days, String type, int week) {
        state.requested(who, system.submit(who, type, mondayOfWeekNextYear(week), addWorkingDays(mondayOfWeekNextYear(week), days)));
    }

    @When("{persona} asks for {int} day(s) of {leaveType} leave from the Monday of week {int} next year")
    public void asksFor(Persona who, int days, String type, int week) {
        attempt(() -> hasAskedFor(who, days, type, week));
    }

    @Given("{persona} has {int} day(s) of {leaveType} leave approved from the Monday of week {int} next year")
    public void hasLeaveApproved(Persona who, int days, String type, int week) {
        hasAskedFor(who, days, type, week);
        system.approve(managerOf(who), state.latestRequestOf(who));
    }

    @Given("{persona} has sick leave approved from {int} days ago until {int} days from now")
    public void hasSickLeaveApproved(Persona who, int daysAgo, int daysAhead) {
        LocalDate today = system.today();
        state.requested(who, system.submit(who, "SICK", today.minusDays(daysAgo), today.plusDays(daysAhead)));
        system.approve(managerOf(who), state.latestRequestOf(who));
    }

    @Given("{persona} has approved {persona}'s request")
    public void hasApproved(Persona manager, Persona employee) {
        system.approve(manager, state.latestRequestOf(employee));
    }

    @Given("{persona} has rejected {persona}'s request because {string}")
    public void hasRejected(Persona manager, Persona employee, String reason) {
        system.reject(manager, state.latestRequestOf(employee), reason);
    }

    @When("{persona} approves {persona}'s request")
    public void approves(Persona manager, Persona employee) {
        system.approve(manager, state.latestRequestOf(employee));
    }

    @When("{persona} tries to approve {persona}'s request")
    public void triesToApprove(Persona manager, Persona employee) {
        attempt(() -> approves(manager, employee));
    }

    @When("{persona} tries to approve his/her own request")
    public void triesToApproveOwn(Persona who) {
        triesToApprove(who, who);
    }

    @When("{persona} rejects {persona}'s request because {string}")
    public void rejects(Persona manager, Persona employee, String reason) {
        system.reject(manager, state.latestRequestOf(employee), reason);
    }

    @When("{persona} cancels his/her request")
    public void cancels(Persona who) {
        system.cancel(who, state.latestRequestOf(who));
    }

    @When("{persona} tries to cancel his/her request")
    public void triesToCancel(Persona who) {
        attempt(() -> cancels(who));
    }

    @Then("{persona}'s request waits for {persona}")
    public void waitsFor(Persona owner, Persona manager) {
        assertThat(system.pendingTeamRequestsOf(manager)).contains(state.latestRequestOf(owner));
    }

    @Then("{persona}'s request is waiting for a decision")
    @Then("{persona}'s request is still waiting for a decision")
    public void isWaiting(Persona who) {
        assertThat(system.statusOf(who, state.latestRequestOf(who))).isEqualTo("PENDING");
    }

    @Then("{persona} is told that the days overlap leave she/he already has")
    public void toldOverlap(Persona who) {
        assertRefused(Refusal.OVERLAPPING_LEAVE);
    }

    @Then("{persona} is told that she/he does not have enough annual leave left")
    public void toldNotEnough(Persona who) {
        assertRefused(Refusal.NOT_ENOUGH_BALANCE);
    }

    @Then("{persona} is told that nobody decides their own leave")
    public void toldOwnLeave(Persona who) {
        assertRefused(Refusal.OWN_REQUEST);
    }

    @Then("{persona} is told that there is no such request")
    public void toldNoSuchRequest(Persona who) {
        assertRefused(Refusal.NO_SUCH_REQUEST);
    }

    @Then("{persona} is told that the request has already been decided")
    public void toldAlreadyDecided(Persona who) {
        assertRefused(Refusal.ALREADY_DECIDED);
    }

    @Then("{persona} is told that the leave has already started")
    public void toldAlreadyStarted(Persona who) {
        assertRefused(Refusal.ALREADY_STARTED);
    }

    @Then("{persona} has {int} days of annual leave left next year")
    public void hasLeft(Persona who, int days) {
        assertThat(system.annualLeaveLeft(who, system.today().getYear() + 1)).isEqualByComparingTo(String.valueOf(days));
    }

    private void assertRefused(Refusal expected) {
        assertThat(state.lastRefusal().refusal()).as(state.lastRefusal().getMessage()).isEqualTo(expected);
    }

    private void attempt(Runnable action) {
        try {
            action.run();
        } catch (Refused refused) {
            state.refused(refused);
        }
    }

    static Persona managerOf(Persona who) {
        return switch (who) {
            case ALICE, CAROL -> Persona.BOB;
            case BOB -> Persona.HANA;
            case HANA -> throw new IllegalArgumentException("Hana has no manager");
            case DAN, ERIN, FINN, GUS -> throw new IllegalArgumentException(who + "'s manager is whoever Hana chose");
        };
    }

    private LocalDate mondayOfWeekNextYear(int week) {
        LocalDate inNextYear = LocalDate.of(system.today().getYear() + 1, 6, 1);
        return inNextYear.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
    }

    /** The date on which {@code days} working days (Monday to Friday) starting at {@code start} end. */
    private static LocalDate addWorkingDays(LocalDate start, int days) {
        LocalDate end = start;
        int counted = 1;
        while (counted < days) {
            end = end.plusDays(1);
            if (end.getDayOfWeek() != DayOfWeek.SATURDAY && end.getDayOfWeek() != DayOfWeek.SUNDAY) {
                counted++;
            }
        }
        return end;
    }
}
