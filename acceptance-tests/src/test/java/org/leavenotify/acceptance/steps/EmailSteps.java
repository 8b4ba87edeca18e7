package org.leavenotify.acceptance.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;

/** Steps about what people find in their e-mail. */
public class EmailSteps {

    private final Emails emails;
    private final ScenarioState state;

    public EmailSteps(Emails emails, ScenarioState state) {
        this.emails = emails;
        this.state = state;
    }

    @Then("{persona} receives one e-mail saying that {persona} asked for leave, with a link to his/her request")
    public void receivesOneEmailAboutTheRequest(Persona recipient, Persona requester) {
        assertThat(emails.emailsTo(recipient)).singleElement().satisfies(email -> {
            assertThat(email.subject()).isEqualTo("New leave request from " + requester.displayName());
            assertThat(email.text()).contains(requester.displayName() + " asks for annual leave")
                    .contains("/requests/" + state.latestRequestOf(requester));
        });
    }

    @Then("{persona} has received no e-mail")
    public void hasReceivedNoEmail(Persona who) {
        assertThat(emails.emailsTo(who)).isEmpty();
    }
}
