package org.leavenotify.adapter.websocket.authentication;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;

import org.leavenotify.adapter.websocket.errors.StompRefusals;
import org.leavenotify.adapter.websocket.session.StompSessions;
import org.leavenotify.application.auth.AuthenticationFailed;
import org.springframework.context.ApplicationListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.web.socket.messaging.SessionDisconnectEvent;

/**
 * Closes a STOMP session when the token it connected with expires, with an ERROR frame that says so
 * ({@code EXPIRED_TOKEN: ...}); the client logs in again and reconnects. The timer is cancelled when the
 * session ends first, however it ends (DISCONNECT, transport error, heart-beat timeout).
 */
public final class SessionExpiryGuard implements ApplicationListener<SessionDisconnectEvent> {

    private final TaskScheduler scheduler;
    private final StompSessions sessions;
    private final Map<String, ScheduledFuture<?>> timers = new ConcurrentHashMap<>();

    public SessionExpiryGuard(TaskScheduler scheduler, StompSessions sessions) {
        this.scheduler = scheduler;
        this.sessions = sessions;
    }

    public void closeAtExpiry(String sessionId, Instant expiresAt) {
        // compute() holds the entry while scheduling, so a timer that fires at once still finds it
        timers.compute(sessionId, (id, previous) -> {
            if (previous != null) {
                previous.cancel(false);
            }
            return scheduler.schedule(() -> expire(id), expiresAt);
        });
    }

    /** How many sessions are waiting for their token to expire; for tests and metrics. */
    public int watchedSessions() {
        return timers.size();
    }

    @Override
    public void onApplicationEvent(SessionDisconnectEvent event) {
        ScheduledFuture<?> timer = timers.remove(event.getSessionId());
        if (timer != null) {
            timer.cancel(false);
        }
    }

    private void expire(String sessionId) {
        timers.remove(sessionId);
        sessions.error(sessionId, StompRefusals.describe(
                new AuthenticationFailed(AuthenticationFailed.Reason.EXPIRED_TOKEN), null), null);
    }
}
