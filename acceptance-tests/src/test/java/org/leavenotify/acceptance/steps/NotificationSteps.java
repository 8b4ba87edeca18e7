package org.leavenotify.acceptance.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.leavenotify.domain.notification.NotificationType;

/** Steps about being told, live or later, and about reading what one was told. */
public class NotificationSteps {

    private final Notifications system;
    private final ScenarioState state;

    public NotificationSteps(Notifications system, ScenarioState state) {
        this.system = system;
        this.state = state;
    }

    @Given("{persona} is online on his/her {device} and his/her {device}")
    public void isOnlineOnTwoDevices(Persona who, String first, String second) {
        system.goOnline(who, first);
        system.goOnline(who, second);
    }

    @Given("{persona} is online on his/her {device}")
    public void isOnline(Persona who, String device) {
        system.goOnline(who, device);
    }

    @Given("{persona} is offline")
    public void isOffline(Persona who) {
        assertThat(system.shownToAnyDeviceOf(who)).isEmpty();
    }

    @Given("{persona}'s {device} has shown {int} notification(s)")
    public void hasShown(Persona who, String device, int count) {
        assertThat(system.shownOn(who, device, count)).hasSize(count);
    }

    @Given("{persona}'s {device} has gone offline")
    public void hasGoneOffline(Persona who, String device) {
        system.goOffline(who, device);
    }

    @When("{persona}'s {device} comes back online")
    public void comesBackOnline(Persona who, String device) {
        system.comeBackOnline(who, device);
    }

    @Then("{persona} is told that {persona} asked for leave")
    public void isToldOfSubmission(Persona recipient, Persona employee) {
        assertToldAbout(recipient, NotificationType.LEAVE_REQUEST_SUBMITTED, employee);
    }

    @Then("{persona} is told that {persona} cancelled her/his request")
    public void isToldOfCancellation(Persona recipient, Persona employee) {
        assertToldAbout(recipient, NotificationType.LEAVE_REQUEST_CANCELLED, employee);
    }

    @Then("{persona} is told that her/his request was approved")
    public void isToldOfApproval(Persona employee) {
        assertToldAbout(employee, NotificationType.LEAVE_REQUEST_APPROVED, employee);
    }

    @Then("{persona} is told that her/his request was rejected because {string}")
    public void isToldOfRejection(Persona employee, String reason) {
        SeenNotification rejection = assertToldAbout(employee, NotificationType.LEAVE_REQUEST_REJECTED, employee);
        assertThat(rejection.message()).contains(reason);
    }

    @Then("{persona} has been told about {int} request(s) only")
    public void toldAboutOnly(Persona recipient, int count) {
        assertThat(system.notificationsOf(recipient)).filteredOn(n -> n.type() == NotificationType.LEAVE_REQUEST_SUBMITTED)
                .hasSize(count);
    }

    @Then("{persona}'s {device} shows that {persona} asked for leave")
    public void deviceShowsSubmission(Persona who, String device, Persona employee) {
        assertThat(system.shownOn(who, device, 1)).singleElement().satisfies(shown -> {
            assertThat(shown.type()).isEqualTo(NotificationType.LEAVE_REQUEST_SUBMITTED);
            assertThat(shown.actorId()).isEqualTo(employee.id());
            assertThat(shown.leaveRequestId()).isEqualTo(state.latestRequestOf(employee));
        });
    }

    @Then("{persona}'s {device} and {device} both show {int} unread notification(s)")
    public void bothShowUnread(Persona who, String first, String second, int count) {
        assertThat(system.unreadCountShownOn(who, first, count)).isEqualTo(count);
        assertThat(system.unreadCountShownOn(who, second, count)).isEqualTo(count);
    }

    @Then("nothing was shown to {persona}")
    public void nothingShown(Persona who) {
        assertThat(system.shownToAnyDeviceOf(who)).isEmpty();
    }

    @Then("{persona} finds in his/her notifications that {persona} asked for leave")
    public void findsSubmission(Persona who, Persona employee) {
        isToldOfSubmission(who, employee);
    }

    @Then("{persona} has {int} unread notification(s)")
    public void hasUnread(Persona who, int count) {
        assertThat(system.unreadCount(who)).isEqualTo(count);
    }

    @Then("{persona}'s {device} shows the {int} requests it missed, once each, oldest first")
    public void showsWhatItMissed(Persona who, String device, int missed) {
        List<SeenNotification> stored = system.notificationsOf(who);
        List<SeenNotification> shown = system.shownOn(who, device, stored.size());
        assertThat(shown).extracting(SeenNotification::id).doesNotHaveDuplicates()
                .containsExactlyElementsOf(stored.stream().map(SeenNotification::id).sorted().toList());
        assertThat(shown.subList(shown.size() - missed, shown.size())).extracting(SeenNotification::id).isSorted();
    }

    @When("{persona} marks his/her newest notification as read")
    public void marksNewestRead(Persona who) {
        system.markRead(who, system.notificationsOf(who).get(0).id());
    }

    @When("{persona} marks his/her newest notification as unread")
    public void marksNewestUnread(Persona who) {
        system.markUnread(who, system.notificationsOf(who).get(0).id());
    }

    @When("{persona} archives his/her newest notification")
    @Given("{persona} has archived his/her newest notification")
    public void archivesNewest(Persona who) {
        system.archive(who, system.notificationsOf(who).get(0).id());
    }

    @When("{persona} brings his/her archived notification back to the inbox")
    public void bringsBack(Persona who) {
        system.unarchive(who, system.archivedOf(who).get(0).id());
    }

    @Then("{persona}'s inbox holds {int} notification(s) and the archive {int}")
    public void inboxAndArchiveHold(Persona who, int inbox, int archived) {
        assertThat(system.notificationsOf(who)).hasSize(inbox);
        assertThat(system.archivedOf(who)).hasSize(archived);
    }

    @When("{persona} marks all his/her notifications as read")
    @Given("{persona} has marked all his/her notifications as read")
    public void marksAllRead(Persona who) {
        system.markAllRead(who);
    }

    @Then("{persona} is reminded once that {persona}'s request waits for his/her decision")
    public void isRemindedOnce(Persona decider, Persona owner) {
        assertToldAbout(decider, NotificationType.LEAVE_REQUEST_REMINDER, owner);
    }

    @Then("{persona} is told once that {persona}'s request was passed to him/her")
    public void isToldItWasPassedToThem(Persona newDecider, Persona owner) {
        assertThat(assertToldAbout(newDecider, NotificationType.LEAVE_REQUEST_ESCALATED, owner).title())
                .isEqualTo("Leave request from " + owner.displayName() + " was passed to you");
    }

    @Then("{persona} is told once that {persona}'s request was passed to {persona}")
    public void isToldItWasPassedOn(Persona formerDecider, Persona owner, Persona newDecider) {
        assertThat(assertToldAbout(formerDecider, NotificationType.LEAVE_REQUEST_ESCALATED, owner).title())
                .isEqualTo("Leave request from " + owner.displayName() + " was passed to " + newDecider.displayName());
    }

    @Then("{persona} is told once that {persona}'s leave began without a decision")
    public void isToldItBeganUndecided(Persona hr, Persona owner) {
        assertToldAbout(hr, NotificationType.LEAVE_REQUEST_STARTED_UNDECIDED, owner);
    }

    @Then("nobody is reminded about {persona}'s request")
    public void nobodyIsChased(Persona owner) {
        assertNobodyChased(owner, List.of(Persona.ALICE, Persona.BOB, Persona.CAROL, Persona.HANA));
    }

    @Then("nobody else is told about {persona}'s request")
    public void nobodyElseIsChased(Persona owner) {
        assertNobodyChased(owner, List.of(Persona.ALICE, Persona.CAROL, Persona.HANA));
    }

    /** None of {@code people} was reminded, passed the request or told it began undecided. */
    private void assertNobodyChased(Persona owner, List<Persona> people) {
        String request = state.latestRequestOf(owner);
        Set<NotificationType> chasing = EnumSet.of(NotificationType.LEAVE_REQUEST_REMINDER,
                NotificationType.LEAVE_REQUEST_ESCALATED, NotificationType.LEAVE_REQUEST_STARTED_UNDECIDED);
        for (Persona someone : people) {
            assertThat(system.notificationsOf(someone)).as("what %s was told", someone)
                    .noneMatch(n -> chasing.contains(n.type()) && request.equals(n.leaveRequestId()));
        }
    }

    private SeenNotification assertToldAbout(Persona recipient, NotificationType type, Persona employee) {
        String request = state.latestRequestOf(employee);
        List<SeenNotification> matching = system.notificationsOf(recipient).stream()
                .filter(n -> n.type() == type && request.equals(n.leaveRequestId())).toList();
        assertThat(matching).as("%s's notifications of type %s about request %s", recipient, type, request).hasSize(1);
        assertThat(matching.get(0).recipientId()).isEqualTo(recipient.id());
        return matching.get(0);
    }
}
