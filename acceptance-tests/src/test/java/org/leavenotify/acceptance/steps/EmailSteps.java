package org.leavenotify.acceptance.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

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

    @Then("{persona} has received {int} e-mail(s)")
    public void hasReceived(Persona who, int count) {
        assertThat(emails.emailsTo(who)).hasSize(count);
    }

    @When("{persona} follows the link to stop such e-mails in his/her e-mail about {persona}'s request")
    public void unsubscribes(Persona who, Persona requester) {
        String request = state.latestRequestOf(requester);
        emails.unsubscribeWith(emails.emailsTo(who).stream().filter(email -> email.text().contains(request))
                .findFirst().orElseThrow(() -> new AssertionError(who + " has no e-mail about " + request)));
    }
}
