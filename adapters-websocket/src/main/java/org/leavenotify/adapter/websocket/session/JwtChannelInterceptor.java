package org.leavenotify.adapter.websocket.session;

import org.leavenotify.application.auth.AuthenticatedUser;
import org.leavenotify.application.auth.AuthenticationFailed;
import org.leavenotify.application.auth.port.in.AuthenticateAccessTokenUseCase;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageHeaderAccessor;

/**
 * Authenticates a STOMP session on its CONNECT (or STOMP) frame with the {@code Authorization: Bearer}
 * native header, through the same use case that checks REST calls. A refused token throws
 * {@link AuthenticationFailed}: the client gets an ERROR frame naming the reason (see
 * {@link StompErrorHandler}) and the connection closes. An accepted one becomes the session's user, and
 * the session is set to close when the token expires.
 */
final class JwtChannelInterceptor implements ChannelInterceptor {

    static final String AUTHORIZATION = "Authorization";

    private final AuthenticateAccessTokenUseCase authenticate;
    private final SessionExpiryGuard expiryGuard;

    JwtChannelInterceptor(AuthenticateAccessTokenUseCase authenticate, SessionExpiryGuard expiryGuard) {
        this.authenticate = authenticate;
        this.expiryGuard = expiryGuard;
    }

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        StompHeaderAccessor accessor = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
        if (accessor == null || accessor.getMessageType() != SimpMessageType.CONNECT) {
            return message;
        }
        String header = accessor.getFirstNativeHeader(AUTHORIZATION);
        if (header == null) {
            header = accessor.getFirstNativeHeader(AUTHORIZATION.toLowerCase(java.util.Locale.ROOT));
        }
        AuthenticatedUser user = authenticate.authenticate(header);
        accessor.setUser(new StompAuthentication(user));
        expiryGuard.closeAtExpiry(accessor.getSessionId(), user.expiresAt());
        return message;
    }
}
