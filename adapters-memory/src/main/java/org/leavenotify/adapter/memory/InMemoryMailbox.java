package org.leavenotify.adapter.memory;

import java.util.ArrayList;
import java.util.List;

import org.leavenotify.application.mail.MailMessage;
import org.leavenotify.application.mail.port.out.MailDeliveryPort;

/** E-mails kept in memory, in the order they were delivered: for tests, and for a node that must send none. */
public final class InMemoryMailbox implements MailDeliveryPort {

    private final List<MailMessage> delivered = new ArrayList<>();

    @Override
    public synchronized void deliver(MailMessage message) {
        delivered.add(message);
    }

    /** Every message delivered so far, oldest first. */
    public synchronized List<MailMessage> delivered() {
        return List.copyOf(delivered);
    }
}
