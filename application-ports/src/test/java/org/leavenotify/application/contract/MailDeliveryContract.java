package org.leavenotify.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.leavenotify.application.mail.MailMessage;
import org.leavenotify.application.mail.port.out.MailDeliveryPort;

/**
 * What every {@link MailDeliveryPort} must do: deliver the message as given (recipient, subject, both parts,
 * its Message-ID, the unsubscribe headers), whatever the characters in it.
 */
public abstract class MailDeliveryContract {

    /** The adapter under test. */
    protected abstract MailDeliveryPort delivery();

    /** What reached the other side since the test began, read back from there (server, files, memory). */
    protected abstract List<Delivered> delivered();

    /** A message as the other side has it. */
    public record Delivered(String messageId, String to, String toName, String subject, String text, String html,
                            String listUnsubscribe, String listUnsubscribePost) {
    }

    @Test
    void aMessageArrivesWithBothPartsItsIdAndItsRecipient() {
        delivery().deliver(new MailMessage("email-bob-n1", "bob@example.com", "Bob Baker",
                "New leave request from Alice Archer", "Alice Archer asks for leave.\n\nOpen: https://x/requests/1\n",
                "<p>Alice Archer asks for leave.</p>", null));

        assertThat(delivered()).singleElement().satisfies(mail -> {
            assertThat(mail.messageId()).contains("email-bob-n1");
            assertThat(mail.to()).isEqualTo("bob@example.com");
            assertThat(mail.toName()).isEqualTo("Bob Baker");
            assertThat(mail.subject()).isEqualTo("New leave request from Alice Archer");
            assertThat(mail.text().replace("\r\n", "\n")).isEqualTo(
                    "Alice Archer asks for leave.\n\nOpen: https://x/requests/1\n");
            assertThat(mail.html()).isEqualTo("<p>Alice Archer asks for leave.</p>");
            assertThat(mail.listUnsubscribe()).isNull();
        });
    }

    @Test
    void namesAndTextsOutsideAsciiArriveUnchanged() {
        delivery().deliver(new MailMessage("email-zoe-n2", "zoe@example.com", "Zoë Ørsted-Łukasz",
                "Demande de congé de Renée — 3 jours", "Renée demande des congés ✈\n", "<p>Renée ✈</p>", null));

        assertThat(delivered()).singleElement().satisfies(mail -> {
            assertThat(mail.toName()).isEqualTo("Zoë Ørsted-Łukasz");
            assertThat(mail.subject()).isEqualTo("Demande de congé de Renée — 3 jours");
            assertThat(mail.text().replace("\r\n", "\n")).isEqualTo("Renée demande des congés ✈\n");
            assertThat(mail.html()).isEqualTo("<p>Renée ✈</p>");
        });
    }

    @Test
    void anUnsubscribeLinkIsOfferedForOneClick() {
        delivery().deliver(new MailMessage("email-bob-n3", "bob@example.com", "Bob Baker", "Reminder", "text\n",
                "<p>html</p>", "https://leave.example.com/api/unsubscribe?token=abc"));

        assertThat(delivered()).singleElement().satisfies(mail -> {
            assertThat(mail.listUnsubscribe()).isEqualTo("<https://leave.example.com/api/unsubscribe?token=abc>");
            assertThat(mail.listUnsubscribePost()).isEqualTo("List-Unsubscribe=One-Click");
        });
    }
}
