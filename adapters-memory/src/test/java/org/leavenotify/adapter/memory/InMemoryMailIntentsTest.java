package org.leavenotify.adapter.memory;

import org.leavenotify.application.contract.MailIntentsContract;
import org.leavenotify.application.mail.port.out.MailIntentsPort;

class InMemoryMailIntentsTest extends MailIntentsContract {

    @Override
    protected MailIntentsPort emptyIntents() {
        return new InMemoryMailIntents();
    }
}
