package org.leavenotify.acceptance.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;

/** Steps about days going by: what waits meanwhile is followed up as the servers' sweeps would. */
public class TimeSteps {

    private final TimePassing time;
    private final LeaveRequests leave;
    private final ScenarioState state;

    public TimeSteps(TimePassing time, LeaveRequests leave, ScenarioState state) {
        this.time = time;
        this.leave = leave;
        this.state = state;
    }

    @Given("{persona} has asked for 1 day of {leaveType} leave on the next working day")
    public void hasAskedForTheNextWorkingDay(Persona who, String type) {
        state.requested(who, leave.submit(who, type, time.nextWorkingDay(), time.nextWorkingDay()));
    }

    @Given("{int} minute(s) have/has passed")
    @When("{int} minute(s) pass(es)")
    public void minutesPass(int minutes) {
        time.minutesPass(minutes);
    }

    @When("{int} working day(s) pass(es)")
    @When("{int} working day(s) pass(es) without a decision")
    @When("{int} more working day(s) pass(es) without a decision")
    public void workingDaysPass(int days) {
        time.workingDaysPass(days);
    }
}
