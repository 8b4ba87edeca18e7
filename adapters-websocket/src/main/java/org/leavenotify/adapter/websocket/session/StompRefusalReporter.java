package org.leavenotify.adapter.websocket.session;

import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
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
final class StompRefusalReporter implements ChannelInterceptor {

    private final StompSessions sessions;

    StompRefusalReporter(StompSessions sessions) {
        this.sessions = sessions;
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
        sessions.error(client.getSessionId(), StompRefusals.describe(ex, client), client.getReceipt());
    }
}
