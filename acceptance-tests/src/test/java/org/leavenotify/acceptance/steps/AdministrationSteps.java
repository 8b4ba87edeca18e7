package org.leavenotify.acceptance.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.ParameterType;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.leavenotify.domain.notification.NotificationType;

/**
 * Steps about HR running the organisation: taking people on, moving them between teams, letting them
 * go, keeping the holiday calendar; and about people's own passwords. Dan, Erin, Finn and Gus are the
 * people Hana takes on during a scenario.
 */
public class AdministrationSteps {

    private static final String NEW_PASSWORD = "my own new password";

    private final Administration system;
    private final LeaveRequests leave;
    private final Notifications notifications;
    private final Sessions sessions;
    private final ScenarioState state;
    private final List<String> lastList = new ArrayList<>();

    public AdministrationSteps(Administration system, LeaveRequests leave, Notifications notifications,
                               Sessions sessions, ScenarioState state) {
        this.system = system;
        this.leave = leave;
        this.notifications = notifications;
        this.sessions = sessions;
        this.state = state;
    }

    // Taking people on

    @Given("Hana has taken on {persona} as a manager")
    public void hasTakenOnAsManager(Persona who) {
        system.addEmployee(Persona.HANA, new NewEmployee(who.username(), who.displayName(), List.of("MANAGER"), null,
                25, who.password()));
    }

    @When("Hana takes on {persona} in {persona}'s team with {int} days of annual leave")
    public void takesOn(Persona who, Persona manager, int days) {
        system.addEmployee(Persona.HANA, new NewEmployee(who.username(), who.displayName(), List.of(), manager.username(),
                days, who.password()));
    }

    @When("Hana tries to take on someone else with the username {string}")
    public void triesToTakeOnWithUsername(String username) {
        attempt(() -> system.addEmployee(Persona.HANA, new NewEmployee(username, "Someone Else", List.of(),
                Persona.BOB.username(), 25, Persona.FIRST_PASSWORD)));
    }

    @When("Hana adds these people from a list:")
    public void addsFromAList(DataTable people) {
        system.addFromList(Persona.HANA, list(people));
    }

    @When("Hana tries to add these people from a list:")
    public void triesToAddFromAList(DataTable people) {
        attempt(() -> addsFromAList(people));
    }

    @Then("{persona} can sign in with the password Hana gave him/her")
    public void canSignInWithFirstPassword(Persona who) {
        assertThat(sessions.canSignIn(who, Persona.FIRST_PASSWORD)).isTrue();
    }

    @Then("{persona} reports to {persona}")
    @Then("{persona} still reports to {persona}")
    public void reportsTo(Persona who, Persona manager) {
        assertThat(system.managerOf(who)).isEqualTo(manager.username());
    }

    @Then("{persona} reports to nobody")
    public void reportsToNobody(Persona who) {
        assertThat(system.managerOf(who)).isNull();
    }

    @Then("Hana is told that the username is taken")
    public void toldUsernameTaken() {
        assertRefused(Refusal.USERNAME_TAKEN);
    }

    @Then("Hana is told what is wrong with the lines for {persona} and {persona}")
    public void toldWhichLinesAreWrong(Persona first, Persona second) {
        assertRefused(Refusal.LIST_REJECTED);
        List<String> wrong = ((ListRefused) state.lastRefusal()).wrongLines().stream()
                .map(line -> lastList.get(line - 1)).toList();
        assertThat(wrong).containsExactly(first.username(), second.username());
    }

    @Then("nobody on the list was added")
    public void nobodyAdded() {
        assertThat(lastList).isNotEmpty().allSatisfy(username -> assertThat(system.exists(username))
                .as("%s exists", username).isFalse());
    }

    // Moving people between teams

    @When("Hana moves {persona} to {persona}'s team")
    @Given("Hana has moved {persona} to {persona}'s team")
    public void moves(Persona who, Persona manager) {
        system.moveToTeam(Persona.HANA, who, manager);
    }

    @When("{persona} tries to move {persona} to {persona}'s team")
    public void triesToMove(Persona actor, Persona who, Persona manager) {
        attempt(() -> system.moveToTeam(actor, who, manager));
    }

    @Then("{persona}'s request now waits for {persona}")
    public void nowWaitsFor(Persona owner, Persona manager) {
        assertThat(leave.pendingTeamRequestsOf(manager)).contains(state.latestRequestOf(owner));
        assertThat(leave.statusOf(owner, state.latestRequestOf(owner))).isEqualTo("PENDING");
    }

    @Then("{persona} is told that {persona}'s request now waits for him/her")
    public void toldRequestWaits(Persona manager, Persona owner) {
        String request = state.latestRequestOf(owner);
        assertThat(notifications.notificationsOf(manager))
                .filteredOn(n -> n.type() == NotificationType.LEAVE_REQUEST_REASSIGNED && request.equals(n.leaveRequestId()))
                .singleElement()
                .satisfies(n -> assertThat(n.title()).contains(owner.displayName()));
    }

    @Then("{persona} is not told about any of {persona}'s requests")
    public void notToldAboutRequests(Persona manager, Persona owner) {
        assertThat(notifications.notificationsOf(manager))
                .noneMatch(n -> n.type() == NotificationType.LEAVE_REQUEST_REASSIGNED);
        assertThat(leave.pendingTeamRequestsOf(manager)).isEmpty();
    }

    @Then("{persona} is told that her/his manager is now {persona}")
    public void toldNewManager(Persona who, Persona manager) {
        assertThat(managerChanges(notifications.notificationsOf(who)))
                .singleElement().satisfies(n -> assertThat(n.title()).isEqualTo("Your manager is now "
                        + manager.displayName()));
    }

    @Then("{persona} is told that {persona} has left his/her team")
    public void toldLeft(Persona manager, Persona who) {
        assertThat(managerChanges(notifications.notificationsOf(manager)))
                .singleElement().satisfies(n -> assertThat(n.title()).isEqualTo(who.displayName() + " left your team"));
    }

    @Then("{persona} is told that {persona} has joined his/her team")
    public void toldJoined(Persona manager, Persona who) {
        assertThat(managerChanges(notifications.notificationsOf(manager)))
                .singleElement().satisfies(n -> assertThat(n.title()).isEqualTo(who.displayName() + " joined your team"));
    }

    @Then("{persona} is told that {persona} cannot be a manager")
    public void toldNotAManager(Persona actor, Persona candidate) {
        assertRefused(Refusal.NOT_A_MANAGER);
    }

    @Then("{persona} is told that the move would make someone manage their own manager")
    public void toldCycle(Persona actor) {
        assertRefused(Refusal.REPORTING_CYCLE);
    }

    @Then("{persona} is told that only HR may do that")
    public void toldOnlyHr(Persona actor) {
        assertRefused(Refusal.NOT_ALLOWED);
    }

    // Letting people go

    @Given("{persona} has signed in")
    public void hasSignedIn(Persona who) {
        sessions.signIn(who);
    }

    @When("Hana deactivates {persona}")
    public void deactivates(Persona who) {
        system.deactivate(Persona.HANA, who);
    }

    @When("Hana tries to deactivate {persona}")
    public void triesToDeactivate(Persona who) {
        attempt(() -> deactivates(who));
    }

    @Then("{persona} can no longer sign in")
    public void cannotSignIn(Persona who) {
        assertThat(sessions.canSignIn(who, who.password())).isFalse();
    }

    @Then("{persona} can still sign in")
    public void canStillSignIn(Persona who) {
        assertThat(sessions.canSignIn(who, who.password())).isTrue();
    }

    @Then("the pass {persona} signed in with is no longer accepted")
    public void passRefused(Persona who) {
        assertThat(sessions.passStillAccepted(who)).isFalse();
    }

    @Then("{persona}'s {device} is disconnected, telling her/him that the account is no longer active")
    public void deviceDisconnected(Persona who, String device) {
        assertThat(notifications.disconnectionOf(who, device)).isEqualTo("INACTIVE_USER: the account is not active");
    }

    @Then("{persona} is told that {persona} still manages people")
    public void toldStillManages(Persona actor, Persona manager) {
        assertRefused(Refusal.STILL_MANAGES_PEOPLE);
    }

    // The holiday calendar

    @When("Hana declares the {dayOfWeek} of week {int} next year a public holiday")
    @Given("Hana has declared the {dayOfWeek} of week {int} next year a public holiday")
    public void declaresHoliday(DayOfWeek day, int week) {
        system.declareHoliday(Persona.HANA, dayOfWeekNextYear(day, week), "Founders' Day");
    }

    @When("Hana removes the public holiday on the {dayOfWeek} of week {int} next year")
    public void removesHoliday(DayOfWeek day, int week) {
        system.removeHoliday(Persona.HANA, dayOfWeekNextYear(day, week));
    }

    @When("{persona} tries to declare the {dayOfWeek} of week {int} next year a public holiday")
    public void triesToDeclareHoliday(Persona actor, DayOfWeek day, int week) {
        attempt(() -> system.declareHoliday(actor, dayOfWeekNextYear(day, week), "Bob's day"));
    }

    @ParameterType("Monday|Tuesday|Wednesday|Thursday|Friday")
    public DayOfWeek dayOfWeek(String day) {
        return DayOfWeek.valueOf(day.toUpperCase());
    }

    @Then("{persona}'s request counts {int} working day(s)")
    public void counts(Persona owner, int days) {
        assertThat(leave.workingDaysOf(owner, state.latestRequestOf(owner))).isEqualByComparingTo(String.valueOf(days));
    }

    // Passwords

    @When("{persona} changes her/his password")
    public void changesPassword(Persona who) {
        sessions.changeOwnPassword(who, who.password(), NEW_PASSWORD);
    }

    @When("{persona} tries to change her/his password without giving the current one right")
    public void triesToChangeWithWrongCurrent(Persona who) {
        attempt(() -> sessions.changeOwnPassword(who, "not my password", NEW_PASSWORD));
    }

    @Then("{persona} signs in with her/his new password and no longer with the old one")
    public void signsInWithNewPassword(Persona who) {
        assertThat(sessions.canSignIn(who, NEW_PASSWORD)).isTrue();
        assertThat(sessions.canSignIn(who, who.password())).isFalse();
    }

    @Then("{persona} is told that the current password is wrong")
    public void toldWrongPassword(Persona who) {
        assertRefused(Refusal.WRONG_PASSWORD);
        assertThat(sessions.canSignIn(who, who.password())).isTrue();
    }

    private List<NewEmployee> list(DataTable table) {
        lastList.clear();
        List<NewEmployee> people = new ArrayList<>();
        for (Map<String, String> row : table.asMaps()) {
            String roles = row.get("roles") == null ? "" : row.get("roles").strip();
            String manager = row.get("manager") == null || row.get("manager").isBlank() ? null
                    : row.get("manager").strip();
            String username = row.get("username");
            lastList.add(username);
            people.add(new NewEmployee(username, row.get("name"),
                    roles.isEmpty() ? List.of() : List.of(roles.split("\\s*,\\s*")), manager,
                    parseDays(row.get("days of annual leave")), Persona.FIRST_PASSWORD));
        }
        return people;
    }

    private static int parseDays(String days) {
        try {
            return Integer.parseInt(days.strip());
        } catch (NumberFormatException notANumber) {
            return -1;
        }
    }

    private static List<SeenNotification> managerChanges(List<SeenNotification> notifications) {
        return notifications.stream().filter(n -> n.type() == NotificationType.MANAGER_CHANGED).toList();
    }

    private LocalDate dayOfWeekNextYear(DayOfWeek day, int week) {
        LocalDate inNextYear = LocalDate.of(leave.today().getYear() + 1, 6, 1);
        return inNextYear.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(day);
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
}
