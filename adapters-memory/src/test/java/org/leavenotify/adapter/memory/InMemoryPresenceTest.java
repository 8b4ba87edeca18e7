package org.leavenotify.adapter.memory;

import org.leavenotify.application.contract.PresenceContract;
import org.leavenotify.application.notification.port.out.PresencePort;
import org.leavenotify.domain.organisation.EmployeeId;

class InMemoryPresenceTest extends PresenceContract {

    private final InMemoryPresence presence = new InMemoryPresence();

    @Override
    protected PresencePort presence() {
        return presence;
    }

    @Override
    protected OpenSession open(EmployeeId employee) {
        presence.connected(employee);
        return () -> presence.disconnected(employee);
    }
}
