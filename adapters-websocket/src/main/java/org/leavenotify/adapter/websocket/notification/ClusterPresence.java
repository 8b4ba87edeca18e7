package org.leavenotify.adapter.websocket.notification;

import org.leavenotify.application.notification.port.out.PresencePort;
import org.leavenotify.domain.organisation.EmployeeId;
import org.springframework.messaging.simp.user.SimpUser;
import org.springframework.messaging.simp.user.SimpUserRegistry;

/**
 * Relay mode: sessions on every node, from Spring's multi-server user registry (this node's sessions as
 * they are, other nodes' as each last published them, every half of
 * {@code leavenotify.broker.relay.user-registry-expiration}).
 *
 * <p>Because another node's newest sessions may not have been published yet, nobody is ever reported
 * certainly offline: {@link #isOnline} is always true, so every notification is pushed. A push to a user
 * with no session is dropped by RabbitMQ (the notification is stored and caught up on later); skipping it
 * could miss a session opened on another node a moment ago, after it had caught up.
 */
final class ClusterPresence implements PresencePort {

    private final SimpUserRegistry users;

    ClusterPresence(SimpUserRegistry users) {
        this.users = users;
    }

    @Override
    public int sessionCount(EmployeeId employee) {
        SimpUser user = users.getUser(employee.value());
        return user == null ? 0 : user.getSessions().size();
    }

    @Override
    public boolean isOnline(EmployeeId employee) {
        return true;
    }
}
