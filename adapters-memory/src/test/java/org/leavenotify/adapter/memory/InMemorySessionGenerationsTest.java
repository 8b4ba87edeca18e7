package org.leavenotify.adapter.memory;

import org.leavenotify.application.auth.port.out.SessionGenerationsPort;
import org.leavenotify.application.contract.SessionGenerationsContract;

class InMemorySessionGenerationsTest extends SessionGenerationsContract {

    @Override
    protected SessionGenerationsPort emptyGenerations() {
        return new InMemorySessionGenerations();
    }
}
