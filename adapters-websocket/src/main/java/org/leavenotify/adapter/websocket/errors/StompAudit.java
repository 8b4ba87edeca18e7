package org.leavenotify.adapter.websocket.errors;

import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.leavenotify.application.auth.AuthenticationFailed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.web.socket.CloseStatus;

/**
 * What an operator needs to know about STOMP sessions, logged with the user, the session id and the
 * remote address, and counted: connects and closes, refused tokens, refused frames, limits exceeded.
 *
 * <p>Never logged: tokens, passwords, frame bodies or headers. Values the client chose (destinations,
 * subscription ids) are shortened and stripped of control characters, so that nobody can forge a log
 * line.
 */
public final class StompAudit {

    /** Session attribute holding the client's address, set at the handshake by {@link RemoteAddressRecorder}. */
    public static final String REMOTE_ADDRESS = "leavenotify.remoteAddress";

    public static final String AUTH_FAILURES = "leavenotify.auth.failures";
    public static final String REFUSED_FRAMES = "leavenotify.stomp.refused";
    public static final String LIMIT_VIOLATIONS = "leavenotify.limits.violations";

    private static final Logger LOG = LoggerFactory.getLogger(StompAudit.class);
    private static final int MAX_LOGGED_VALUE = 80;

    private final MeterRegistry meters;

    public StompAudit(MeterRegistry meters) {
        this.meters = meters;
    }

    public void connected(String user, String sessionId, String remote) {
        LOG.info("STOMP session connected: user={} session={} remote={}", user, sessionId, remote);
    }

    public void closed(String user, String sessionId, String remote, CloseStatus status) {
        LOG.info("STOMP session closed: user={} session={} remote={} status={}", user, sessionId, remote,
                status == null ? "-" : status.getCode());
    }

    public void authenticationFailed(String sessionId, String remote, AuthenticationFailed.Reason reason) {
        LOG.info("STOMP authentication failed: reason={} session={} remote={}", reason, sessionId, remote);
        Counter.builder(AUTH_FAILURES).description("Refused logins and refused bearer tokens")
                .tag("channel", "stomp").tag("reason", reason.name()).register(meters).increment();
    }

    public void frameRefused(String user, String sessionId, String remote, String command, String destination) {
        LOG.warn("STOMP frame refused: command={} destination={} user={} session={} remote={}", command,
                clean(destination), user, sessionId, remote);
        Counter.builder(REFUSED_FRAMES).description("STOMP frames refused by the destination rules")
                .tag("command", command).register(meters).increment();
    }

    /**
     * A limit was hit; {@code action} is {@code refused} (the frame was dropped, the session goes on) or
     * {@code closed} (the session was closed). Only closes and the first refusal of a session are logged;
     * every one is counted.
     */
    public void limitExceeded(String limit, String action, boolean log, String user, String sessionId, String remote) {
        if (log) {
            LOG.warn("Limit exceeded: limit={} action={} user={} session={} remote={}", limit, action, user,
                    sessionId, remote);
        }
        Counter.builder(LIMIT_VIOLATIONS).description("Limits exceeded, by limit and what was done")
                .tag("limit", limit).tag("action", action).register(meters).increment();
    }

    public static String remoteAddress(Map<String, Object> sessionAttributes) {
        Object remote = sessionAttributes == null ? null : sessionAttributes.get(REMOTE_ADDRESS);
        return remote == null ? "-" : remote.toString();
    }

    public static String remoteAddress(SimpMessageHeaderAccessor accessor) {
        return remoteAddress(accessor.getSessionAttributes());
    }

    /** At most 80 characters, control characters replaced: client input in a log line stays on its line. */
    public static String clean(String value) {
        if (value == null) {
            return "-";
        }
        String shortened = value.length() > MAX_LOGGED_VALUE ? value.substring(0, MAX_LOGGED_VALUE) + "…" : value;
        StringBuilder cleaned = new StringBuilder(shortened.length());
        shortened.codePoints().forEach(c -> cleaned.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return cleaned.toString();
    }
}
