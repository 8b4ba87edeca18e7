package org.leavenotify.adapter.websocket.authentication;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leavenotify.adapter.websocket.session.StompSessions;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.messaging.SessionDisconnectEvent;

import static org.assertj.core.api.Assertions.assertThat;

/** The expiry timer of a session lives exactly as long as the session. */
class SessionExpiryGuardTest {

    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
    private final SessionExpiryGuard guard;

    SessionExpiryGuardTest() {
        scheduler.initialize();
        guard = new SessionExpiryGuard(scheduler, new StompSessions(16 * 1024));
    }

    @AfterEach
    void stopScheduler() {
        scheduler.shutdown();
    }

    @Test
    void aSessionThatEndsBeforeItsTokenExpiresHasItsTimerCancelled() {
        guard.closeAtExpiry("session-1", Instant.now().plus(1, ChronoUnit.HOURS));
        assertThat(guard.watchedSessions()).isEqualTo(1);

        guard.onApplicationEvent(disconnected("session-1"));

        assertThat(guard.watchedSessions()).isZero();
    }

    @Test
    void reauthenticatingASessionReplacesItsTimer() {
        guard.closeAtExpiry("session-1", Instant.now().plus(1, ChronoUnit.HOURS));
        guard.closeAtExpiry("session-1", Instant.now().plus(2, ChronoUnit.HOURS));

        assertThat(guard.watchedSessions()).isEqualTo(1);
    }

    private static SessionDisconnectEvent disconnected(String sessionId) {
        StompHeaderAccessor accessor = StompHeaderAccessor.create(StompCommand.DISCONNECT);
        accessor.setSessionId(sessionId);
        return new SessionDisconnectEvent(new Object(),
                MessageBuilder.createMessage(new byte[0], accessor.getMessageHeaders()), sessionId, CloseStatus.NORMAL);
    }
}
