package org.leavenotify.adapter.websocket.limits;

import java.security.Principal;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.leavenotify.adapter.websocket.StompLimitsProperties;
import org.leavenotify.adapter.websocket.errors.StompAudit;
import org.leavenotify.adapter.websocket.routing.StompFrames;
import org.leavenotify.adapter.websocket.session.StompSessions;
import org.springframework.context.ApplicationListener;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageSendingOperations;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageHeaderAccessor;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.messaging.SessionDisconnectEvent;

/**
 * The limits on what one STOMP client may ask of the server (OWASP WebSocket Security Cheat Sheet:
 * rate-limit messages, cap connections per user), on the inbound channel after authentication and the
 * destination rules:
 * <ul>
 *   <li>sessions per user: a CONNECT beyond the cap gets {@code TOO_MANY_SESSIONS} and is closed;</li>
 *   <li>frames per session, a Bucket4j token bucket: a frame beyond it is dropped and answered on
 *       {@code /user/queue/errors} with status 429; a session that keeps on is closed with
 *       {@code RATE_LIMITED} (the refusals themselves are counted in a second bucket);</li>
 *   <li>subscriptions per session: beyond the cap {@code TOO_MANY_SUBSCRIPTIONS}, and a subscription id
 *       already in use {@code DUPLICATE_SUBSCRIPTION} (STOMP 1.2 requires them unique), both closing the
 *       session.</li>
 * </ul>
 * Every refusal that closes a session goes through {@link StompSessions#error}: the ERROR frame, then the
 * close. Nothing here throws, so no frame (a CONNECT carries its token) is ever logged by Spring's
 * failed-send logging. Also logs each session's admission and end ({@link StompAudit}).
 */
public final class StompLimits implements ChannelInterceptor, ApplicationListener<SessionDisconnectEvent> {

    public static final String ERRORS = "/queue/errors";

    private final StompLimitsProperties limits;
    private final StompSessions sessions;
    private final StompAudit audit;
    private final SimpMessageSendingOperations messaging;
    private final Map<String, Set<String>> sessionsByUser = new ConcurrentHashMap<>();
    private final Map<String, SessionState> states = new ConcurrentHashMap<>();

    /** @param messaging sends the 429 replies; resolved lazily (it belongs to the broker being configured) */
    public StompLimits(StompLimitsProperties limits, StompSessions sessions, StompAudit audit,
                SimpMessageSendingOperations messaging) {
        this.limits = limits;
        this.sessions = sessions;
        this.audit = audit;
        this.messaging = messaging;
    }

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        StompHeaderAccessor accessor = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
        if (accessor == null || accessor.getSessionId() == null || accessor.getMessageType() == null) {
            return message;
        }
        SimpMessageType type = accessor.getMessageType();
        if (type == SimpMessageType.CONNECT) {
            return admit(accessor) ? message : null;
        }
        if (type == SimpMessageType.DISCONNECT) {
            return message;
        }
        SessionState state = states.get(accessor.getSessionId());
        if (state == null) {
            return message;
        }
        if (!withinRate(accessor, state)) {
            return null;
        }
        if (type == SimpMessageType.SUBSCRIBE && !mayHoldAnotherSubscription(accessor, state)) {
            return null;
        }
        if (type == SimpMessageType.UNSUBSCRIBE && accessor.getSubscriptionId() != null) {
            synchronized (state) {
                state.subscriptions.remove(accessor.getSubscriptionId());
            }
        }
        return message;
    }

    /** How many sessions the user has open as far as the limits know; for tests. */
    public int openSessions(String user) {
        Set<String> open = sessionsByUser.get(user);
        return open == null ? 0 : open.size();
    }

    @Override
    public void onApplicationEvent(SessionDisconnectEvent event) {
        SessionState state = states.remove(event.getSessionId());
        if (state == null) {
            return;
        }
        sessionsByUser.computeIfPresent(state.user, (user, open) -> {
            open.remove(event.getSessionId());
            return open.isEmpty() ? null : open;
        });
        CloseStatus status = event.getCloseStatus();
        if (CloseStatus.SESSION_NOT_RELIABLE.equals(status)) {
            audit.limitExceeded("send-limits", "closed", true, state.user, event.getSessionId(), state.remote);
        }
        audit.closed(state.user, event.getSessionId(), state.remote, status);
    }

    private boolean admit(StompHeaderAccessor accessor) {
        Principal user = accessor.getUser();
        if (user == null) {
            return true;
        }
        String sessionId = accessor.getSessionId();
        String remote = StompAudit.remoteAddress(accessor);
        boolean[] admitted = {false};
        sessionsByUser.compute(user.getName(), (name, open) -> {
            Set<String> current = open == null ? ConcurrentHashMap.newKeySet() : open;
            if (current.contains(sessionId) || current.size() < limits.sessionsPerUser()) {
                current.add(sessionId);
                admitted[0] = true;
            }
            return current.isEmpty() ? null : current;
        });
        if (!admitted[0]) {
            audit.limitExceeded("sessions-per-user", "closed", true, user.getName(), sessionId, remote);
            sessions.error(sessionId, "TOO_MANY_SESSIONS: at most " + limits.sessionsPerUser()
                    + " sessions per user may be open at once; close one and connect again", null);
            return false;
        }
        states.put(sessionId, new SessionState(user.getName(), remote, limits.stompFrames()));
        audit.connected(user.getName(), sessionId, remote);
        return true;
    }

    private boolean withinRate(StompHeaderAccessor accessor, SessionState state) {
        ConsumptionProbe probe = state.frames.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return true;
        }
        String sessionId = accessor.getSessionId();
        if (!state.refusals.tryConsume(1)) {
            audit.limitExceeded("stomp-frames", "closed", true, state.user, sessionId, state.remote);
            sessions.error(sessionId, "RATE_LIMITED: this session went on sending frames faster than "
                    + limits.stompFrames().rate() + "; it is closed", accessor.getReceipt());
            return false;
        }
        boolean first = !state.warned;
        state.warned = true;
        audit.limitExceeded("stomp-frames", "refused", first, state.user, sessionId, state.remote);
        if (accessor.getMessageType() != SimpMessageType.HEARTBEAT) {
            long waitMillis = Math.max(1, TimeUnit.NANOSECONDS.toMillis(probe.getNanosToWaitForRefill()));
            reply(state.user, sessionId, new LimitReply(accessor.getDestination(), 429,
                    "too many frames: at most " + limits.stompFrames().burst() + " at once, then "
                            + limits.stompFrames().rate() + "; this frame was dropped, wait " + waitMillis
                            + " ms; a session that goes on is closed"));
        }
        return false;
    }

    private boolean mayHoldAnotherSubscription(StompHeaderAccessor accessor, SessionState state) {
        String id = accessor.getSubscriptionId();
        if (id == null) {
            return true;
        }
        String refusal = null;
        String limit = null;
        synchronized (state) {
            if (state.subscriptions.contains(id)) {
                limit = "duplicate-subscription";
                refusal = "DUPLICATE_SUBSCRIPTION: the subscription id " + StompAudit.clean(id)
                        + " is already in use on this session";
            } else if (state.subscriptions.size() >= limits.subscriptionsPerSession()) {
                limit = "subscriptions-per-session";
                refusal = "TOO_MANY_SUBSCRIPTIONS: at most " + limits.subscriptionsPerSession()
                        + " subscriptions per session";
            } else {
                state.subscriptions.add(id);
            }
        }
        if (refusal == null) {
            return true;
        }
        audit.limitExceeded(limit, "closed", true, state.user, accessor.getSessionId(), state.remote);
        sessions.error(accessor.getSessionId(), refusal, accessor.getReceipt());
        return false;
    }

    private void reply(String user, String sessionId, LimitReply reply) {
        SimpMessageHeaderAccessor headers = SimpMessageHeaderAccessor.create(SimpMessageType.MESSAGE);
        headers.setSessionId(sessionId);
        headers.setLeaveMutable(true);
        messaging.convertAndSendToUser(user, ERRORS, reply, headers.getMessageHeaders());
    }

    /** The reply on {@code /user/queue/errors}, shaped as every error reply: destination, status, detail. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record LimitReply(String destination, int status, String detail) {
    }

    private static final class SessionState {

        private final String user;
        private final String remote;
        private final Bucket frames;
        private final Bucket refusals;
        private final Set<String> subscriptions = new HashSet<>();
        private volatile boolean warned;

        SessionState(String user, String remote, StompLimitsProperties.StompFrames settings) {
            this.user = user;
            this.remote = remote;
            this.frames = Bucket.builder()
                    .addLimit(limit -> limit.capacity(settings.burst())
                            .refillGreedy(settings.refill(), settings.refillPeriod()))
                    .build();
            this.refusals = Bucket.builder()
                    .addLimit(limit -> limit.capacity(settings.refusedBeforeClose())
                            .refillGreedy(settings.refusedBeforeClose(), settings.refusedWindow()))
                    .build();
        }
    }
}
