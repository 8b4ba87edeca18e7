package org.leavenotify.adapter.websocket.session;

import java.util.Locale;

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
 * further and the connection closes; it is logged at debug level only, since expired tokens are routine.
 * An accepted token becomes the session's user, and the session is set to close when the token expires.
 */
final class JwtChannelInterceptor implements ChannelInterceptor {

    static final String AUTHORIZATION = "Authorization";

    private static final Logger LOG = LoggerFactory.getLogger(JwtChannelInterceptor.class);

    private final AuthenticateAccessTokenUseCase authenticate;
    private final SessionExpiryGuard expiryGuard;
    private final StompSessions sessions;

    JwtChannelInterceptor(AuthenticateAccessTokenUseCase authenticate, SessionExpiryGuard expiryGuard,
                          StompSessions sessions) {
        this.authenticate = authenticate;
        this.expiryGuard = expiryGuard;
        this.sessions = sessions;
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
            LOG.debug("STOMP CONNECT of session {} refused: {}", accessor.getSessionId(), refused.reason());
            sessions.error(accessor.getSessionId(), StompRefusals.describe(refused, accessor), null);
            return null;
        }
        accessor.setUser(new StompAuthentication(user));
        expiryGuard.closeAtExpiry(accessor.getSessionId(), user.expiresAt());
        return message;
    }
}
