package org.leavenotify.adapter.websocket.authentication;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;

import org.leavenotify.adapter.websocket.session.StompSessions;
import org.leavenotify.application.auth.AuthenticatedUser;
import org.leavenotify.application.auth.SessionRevocation;
import org.leavenotify.application.auth.port.in.AuthenticateAccessTokenUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.TaskScheduler;

/**
 * A STOMP session is authenticated once, on CONNECT. When its person's sessions are ended (a password or
 * role change, a deactivation), the node where that happened closes the sessions it holds at once; this
 * closes those open on every other node: every {@code revalidate-interval} it asks the store, once per person
 * and generation, whether the sessions opened on this node may go on, and closes those that may not with
 * {@code REVOKED_TOKEN}. A check that fails (the store unreachable) leaves the sessions as they are until
 * the next one.
 */
public final class SessionRevalidation implements SmartLifecycle {

    public static final String USER = "leavenotify.authenticatedUser";

    private static final Logger LOG = LoggerFactory.getLogger(SessionRevalidation.class);

    private final AuthenticateAccessTokenUseCase authenticate;
    private final StompSessions sessions;
    private final TaskScheduler scheduler;
    private final Duration interval;
    private volatile ScheduledFuture<?> task;

    public SessionRevalidation(AuthenticateAccessTokenUseCase authenticate, StompSessions sessions, TaskScheduler scheduler,
                        Duration interval) {
        this.authenticate = authenticate;
        this.sessions = sessions;
        this.scheduler = scheduler;
        this.interval = interval;
    }

    /** Checks every session open on this node once; returns how many were closed. */
    public int revalidate() {
        Map<AuthenticatedUser, Boolean> verdicts = new HashMap<>();
        int closed = 0;
        for (Map.Entry<String, Map<String, Object>> session : sessions.openSessionAttributes().entrySet()) {
            if (!(session.getValue().get(USER) instanceof AuthenticatedUser user)) {
                continue;
            }
            Boolean valid;
            try {
                valid = verdicts.computeIfAbsent(user, authenticate::stillValid);
            } catch (RuntimeException storeTrouble) {
                LOG.debug("Could not revalidate the sessions of {}; trying again later", user.employeeId(), storeTrouble);
                continue;
            }
            if (!valid) {
                sessions.error(session.getKey(), SessionRevocation.REVOKED_REASON, null);
                closed++;
            }
        }
        if (closed > 0) {
            LOG.info("Closed {} STOMP session(s) whose person's sessions were ended", closed);
        }
        return closed;
    }

    @Override
    public void start() {
        task = scheduler.scheduleWithFixedDelay(() -> {
            try {
                revalidate();
            } catch (RuntimeException e) {
                LOG.warn("Revalidating the open STOMP sessions failed; trying again in {}", interval, e);
            }
        }, interval);
    }

    @Override
    public void stop() {
        ScheduledFuture<?> running = task;
        if (running != null) {
            running.cancel(false);
        }
        task = null;
    }

    @Override
    public boolean isRunning() {
        return task != null;
    }
}
