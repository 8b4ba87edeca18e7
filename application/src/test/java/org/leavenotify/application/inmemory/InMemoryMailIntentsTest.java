package org.leavenotify.application.inmemory;

import org.leavenotify.application.contract.MailIntentsContract;
import org.leavenotify.application.mail.port.out.MailIntentsPort;

class InMemoryMailIntentsTest extends MailIntentsContract {

    @Override
    protected MailIntentsPort emptyIntents() {
        return new InMemoryMailIntents();
    }
}
