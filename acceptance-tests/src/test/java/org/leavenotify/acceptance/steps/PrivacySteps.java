package org.leavenotify.acceptance.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/** Steps about keeping each person's notifications to themselves. */
public class PrivacySteps {

    private final Notifications system;
    private final Sessions sessions;
    private final ScenarioState state;

    public PrivacySteps(Notifications system, Sessions sessions, ScenarioState state) {
        this.system = system;
        this.sessions = sessions;
        this.state = state;
    }

    @When("{persona} tries to mark {persona}'s newest notification as read")
    public void triesToMarkSomeoneElses(Persona who, Persona owner) {
        String theirs = system.notificationsOf(owner).get(0).id();
        attempt(() -> system.markRead(who, theirs));
    }

    @When("{persona} looks at her/his notifications")
    public void looksAtNotifications(Persona who) {
        system.notificationsOf(who);
    }

    @Then("she/he sees none of {persona}'s notifications")
    public void seesNoneOf(Persona owner) {
        for (Persona viewer : Persona.demo()) {
            if (viewer != owner) {
                assertThat(system.notificationsOf(viewer)).noneMatch(n -> n.recipientId().equals(owner.id()));
            }
        }
    }

    @Then("{persona} is told that there is no such notification")
    public void toldNoSuchNotification(Persona who) {
        assertThat(state.lastRefusal().refusal()).isEqualTo(Refusal.NO_SUCH_NOTIFICATION);
    }

    @When("{persona} tries to listen to {persona}'s notifications")
    public void triesToListen(Persona listener, Persona owner) {
        attempt(() -> sessions.listenTo(listener, owner));
    }

    @When("{persona} tries to connect with a pass that has expired")
    public void connectsWithExpiredPass(Persona who) {
        attempt(() -> sessions.connectWithExpiredPass(who));
    }

    @When("{persona} tries to connect with a forged pass")
    public void connectsWithForgedPass(Persona who) {
        attempt(() -> sessions.connectWithForgedPass(who));
    }

    @Then("{persona} is refused")
    public void isRefused(Persona who) {
        assertThat(state.lastRefusal().refusal()).isEqualTo(Refusal.NOT_ALLOWED);
    }

    @Then("{persona} is refused because her/his pass has expired")
    public void refusedExpired(Persona who) {
        assertThat(state.lastRefusal().refusal()).isEqualTo(Refusal.EXPIRED_PASS);
    }

    @Then("{persona} is refused because her/his pass is not genuine")
    public void refusedForged(Persona who) {
        assertThat(state.lastRefusal().refusal()).isEqualTo(Refusal.FORGED_PASS);
    }

    private void attempt(Runnable action) {
        try {
            action.run();
        } catch (Refused refused) {
            state.refused(refused);
        }
    }
}
