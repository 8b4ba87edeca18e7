package org.leavenotify.adapter.memory;

import org.leavenotify.application.auth.port.out.FailedAttemptsPort;
import org.leavenotify.application.contract.FailedAttemptsContract;

class InMemoryFailedAttemptsTest extends FailedAttemptsContract {

    @Override
    protected FailedAttemptsPort emptyAttempts() {
        return new InMemoryFailedAttempts();
    }
}
