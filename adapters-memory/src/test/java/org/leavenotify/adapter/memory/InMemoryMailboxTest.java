package org.leavenotify.adapter.memory;

import java.util.List;

import org.leavenotify.application.contract.MailDeliveryContract;
import org.leavenotify.application.mail.port.out.MailDeliveryPort;

class InMemoryMailboxTest extends MailDeliveryContract {

    private final InMemoryMailbox mailbox = new InMemoryMailbox();

    @Override
    protected MailDeliveryPort delivery() {
        return mailbox;
    }

    @Override
    protected List<Delivered> delivered() {
        return mailbox.delivered().stream()
                .map(mail -> new Delivered(mail.messageId(), mail.to(), mail.toName(), mail.subject(), mail.text(),
                        mail.html(), mail.unsubscribeUrl() == null ? null : "<" + mail.unsubscribeUrl() + ">",
                        mail.unsubscribeUrl() == null ? null : "List-Unsubscribe=One-Click"))
                .toList();
    }
}
