package org.leavenotify.adapter.websocket.errors;

import org.leavenotify.adapter.websocket.session.StompSessions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessagingException;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageHeaderAccessor;

/**
 * Answers a client frame that an inbound interceptor refused by throwing (a destination the security
 * rules deny, a store that is down while checking a token) with an ERROR frame saying why, after which
 * the connection closes.
 *
 * <p>Needed because in-order processing of each session's frames ({@code setPreserveReceiveOrder}) sends
 * them through a decorator that logs a failed send and carries on, so the refusal never reaches the
 * {@link StompErrorHandler}. As the first interceptor of the inbound channel this one sees every failure
 * of the interceptors after it in {@link #afterSendCompletion}.
 */
public final class StompRefusalReporter implements ChannelInterceptor {

    private static final Logger LOG = LoggerFactory.getLogger(StompRefusalReporter.class);

    private final StompSessions sessions;
    private final StompAudit audit;

    public StompRefusalReporter(StompSessions sessions, StompAudit audit) {
        this.sessions = sessions;
        this.audit = audit;
    }

    @Override
    public void afterSendCompletion(Message<?> message, MessageChannel channel, boolean sent, Exception ex) {
        if (ex == null) {
            return;
        }
        StompHeaderAccessor client = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
        if (client == null || client.getSessionId() == null) {
            return;
        }
        String refusal = StompRefusals.describe(ex, client);
        report(client, ex, refusal);
        sessions.error(client.getSessionId(), refusal, client.getReceipt());
    }

    /**
     * Logs the refusal with the session's user and address but never the frame: Spring's own message of
     * a failed send prints every header of it, the CONNECT frame's token included.
     */
    private void report(StompHeaderAccessor client, Exception ex, String refusal) {
        String user = client.getUser() == null ? "-" : client.getUser().getName();
        String command = client.getCommand() == null ? "-" : client.getCommand().name();
        if (refusal.startsWith("ACCESS_DENIED")) {
            audit.frameRefused(user, client.getSessionId(), StompAudit.remoteAddress(client), command,
                    client.getDestination());
            return;
        }
        Throwable cause = ex;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (refusal.startsWith("SERVER_ERROR") && !(cause instanceof MessagingException)) {
            LOG.error("STOMP frame failed: command={} user={} session={} remote={}", command, user,
                    client.getSessionId(), StompAudit.remoteAddress(client), cause);
        } else {
            LOG.warn("STOMP frame failed: {} command={} user={} session={} remote={} cause={}",
                    refusal.substring(0, Math.max(0, refusal.indexOf(':'))), command, user, client.getSessionId(),
                    StompAudit.remoteAddress(client), cause.getClass().getSimpleName());
        }
    }
}
