package org.leavenotify.adapter.websocket.notification;

import org.leavenotify.application.notification.port.out.PresencePort;
import org.leavenotify.domain.organisation.EmployeeId;
import org.springframework.messaging.simp.user.SimpUser;
import org.springframework.messaging.simp.user.SimpUserRegistry;

/**
 * Who is connected, read from Spring's registry of STOMP users: a session counts from its CONNECTED frame
 * until it ends, whether by DISCONNECT, a transport error or a heart-beat timeout. With a broker relay and
 * a multi-server user registry the same code counts sessions on every node.
 */
final class SimpUserRegistryPresence implements PresencePort {

    private final SimpUserRegistry users;

    SimpUserRegistryPresence(SimpUserRegistry users) {
        this.users = users;
    }

    @Override
    public int sessionCount(EmployeeId employee) {
        SimpUser user = users.getUser(employee.value());
        return user == null ? 0 : user.getSessions().size();
    }
}
