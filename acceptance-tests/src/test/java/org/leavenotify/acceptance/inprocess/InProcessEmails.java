package org.leavenotify.acceptance.inprocess;

import java.util.List;

import org.leavenotify.acceptance.steps.Emails;
import org.leavenotify.acceptance.steps.Persona;
import org.leavenotify.adapter.memory.InMemoryMailbox;
import org.leavenotify.application.notification.port.in.UnsubscribeUseCase;

/** The e-mails in-process: the in-memory application's mailbox, to {@code <username>@example.com}. */
class InProcessEmails implements Emails {

    private final InMemoryMailbox mailbox;
    private final UnsubscribeUseCase unsubscribing;

    InProcessEmails(InProcessWorld world) {
        this.mailbox = world.app().mailbox;
        this.unsubscribing = world.app().preferences;
    }

    @Override
    public void unsubscribeWith(ReceivedEmail email) {
        unsubscribing.unsubscribe(email.unsubscribeUrl().substring(email.unsubscribeUrl().indexOf("token=") + 6));
    }

    @Override
    public List<ReceivedEmail> emailsTo(Persona who) {
        return mailbox.delivered().stream()
                .filter(mail -> mail.to().equals(who.username() + "@example.com"))
                .map(mail -> new ReceivedEmail(mail.to(), mail.subject(), mail.text(), mail.unsubscribeUrl()))
                .toList();
    }
}
