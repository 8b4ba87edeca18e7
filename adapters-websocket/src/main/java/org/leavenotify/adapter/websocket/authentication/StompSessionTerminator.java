package org.leavenotify.adapter.websocket.authentication;

import java.util.List;

import org.leavenotify.adapter.websocket.session.StompSessions;
import org.leavenotify.application.administration.port.out.SessionTerminationPort;
import org.leavenotify.domain.organisation.EmployeeId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.simp.user.SimpSession;
import org.springframework.messaging.simp.user.SimpUser;
import org.springframework.messaging.simp.user.SimpUserRegistry;

/**
 * Closes every STOMP session of a person who may no longer use the system (HR deactivated them), the
 * way a session is closed when its token expires: an ERROR frame that says why ({@code INACTIVE_USER:
 * the account is not active}), then the connection closes. A STOMP session is authenticated once, on
 * CONNECT, so without this it would stay open until its token expired.
 *
 * <p>The sessions are those the user registry lists for the person; only the ones open on this node can
 * be written to ({@link StompSessions} skips the others), so with several nodes each node must be asked.
 */
public final class StompSessionTerminator implements SessionTerminationPort {

    private static final Logger LOG = LoggerFactory.getLogger(StompSessionTerminator.class);

    private final SimpUserRegistry users;
    private final StompSessions sessions;

    public StompSessionTerminator(SimpUserRegistry users, StompSessions sessions) {
        this.users = users;
        this.sessions = sessions;
    }

    @Override
    public int closeAllSessionsOf(EmployeeId employee, String reason) {
        SimpUser user = users.getUser(employee.value());
        if (user == null) {
            return 0;
        }
        List<String> ids = user.getSessions().stream().map(SimpSession::getId).toList();
        for (String id : ids) {
            sessions.error(id, reason, null);
        }
        LOG.info("Closed {} STOMP session(s) of {}: {}", ids.size(), employee, reason);
        return ids.size();
    }
}
