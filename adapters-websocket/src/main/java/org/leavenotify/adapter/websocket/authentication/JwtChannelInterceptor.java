package org.leavenotify.adapter.websocket.authentication;

import java.util.Locale;

import org.leavenotify.adapter.websocket.errors.StompAudit;
import org.leavenotify.adapter.websocket.errors.StompRefusals;
import org.leavenotify.adapter.websocket.limits.ConnectionGuard;
import org.leavenotify.adapter.websocket.session.StompSessions;
import org.leavenotify.application.auth.AuthenticatedUser;
import org.leavenotify.application.auth.AuthenticationFailed;
import org.leavenotify.application.auth.port.in.AuthenticateAccessTokenUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageHeaderAccessor;

/**
 * Authenticates a STOMP session on its CONNECT (or STOMP) frame with the {@code Authorization: Bearer}
 * native header, through the same use case that checks REST calls. A refused token is answered with an
 * ERROR frame naming the reason ({@code EXPIRED_TOKEN: the token has expired}), the CONNECT goes no
 * further and the connection closes; the refusal is logged (reason, session, address; never the token)
 * and counted by {@link StompAudit}. A token that cannot be checked (the store is down) is answered the
 * same way with {@code SERVICE_UNAVAILABLE}. An accepted token becomes the session's user, and the
 * session is set to close when the token expires.
 */
public final class JwtChannelInterceptor implements ChannelInterceptor {

    public static final String AUTHORIZATION = "Authorization";

    private static final Logger LOG = LoggerFactory.getLogger(JwtChannelInterceptor.class);

    private final AuthenticateAccessTokenUseCase authenticate;
    private final SessionExpiryGuard expiryGuard;
    private final StompSessions sessions;
    private final StompAudit audit;
    private final ConnectionGuard connections;

    public JwtChannelInterceptor(AuthenticateAccessTokenUseCase authenticate, SessionExpiryGuard expiryGuard,
                          StompSessions sessions, StompAudit audit, ConnectionGuard connections) {
        this.connections = connections;
        this.authenticate = authenticate;
        this.expiryGuard = expiryGuard;
        this.sessions = sessions;
        this.audit = audit;
    }

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        StompHeaderAccessor accessor = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
        if (accessor == null || accessor.getMessageType() != SimpMessageType.CONNECT) {
            return message;
        }
        String header = accessor.getFirstNativeHeader(AUTHORIZATION);
        if (header == null) {
            header = accessor.getFirstNativeHeader(AUTHORIZATION.toLowerCase(Locale.ROOT));
        }
        AuthenticatedUser user;
        try {
            user = authenticate.authenticate(header);
        } catch (AuthenticationFailed refused) {
            audit.authenticationFailed(accessor.getSessionId(), StompAudit.remoteAddress(accessor), refused.reason());
            sessions.error(accessor.getSessionId(), StompRefusals.describe(refused, accessor), null);
            return null;
        } catch (RuntimeException failure) {
            // Answered here rather than thrown: Spring logs a frame that fails on the inbound channel with
            // all its headers, and this frame's headers hold the token.
            LOG.warn("STOMP CONNECT of session {} from {} could not be checked: {}", accessor.getSessionId(),
                    StompAudit.remoteAddress(accessor), failure.getClass().getSimpleName());
            sessions.error(accessor.getSessionId(), StompRefusals.describe(failure, accessor), null);
            return null;
        }
        accessor.setUser(new StompAuthentication(user));
        if (accessor.getSessionAttributes() != null) {
            accessor.getSessionAttributes().put(SessionRevalidation.USER, user);
        }
        connections.authenticated(accessor.getSessionId());
        expiryGuard.closeAtExpiry(accessor.getSessionId(), user.expiresAt());
        return message;
    }
}
