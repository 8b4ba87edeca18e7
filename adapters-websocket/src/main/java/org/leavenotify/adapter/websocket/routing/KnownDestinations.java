package org.leavenotify.adapter.websocket.routing;

import java.util.Set;

import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageHeaderAccessor;
import org.springframework.security.access.AccessDeniedException;

/**
 * Refuses, before any matcher or router sees it, a SUBSCRIBE or SEND whose destination is not exactly
 * one of the destinations this application has ({@link StompSecurityConfiguration#SUBSCRIBABLE},
 * {@link StompSecurityConfiguration#SENDABLE}), compared as plain strings: {@code /app/x/../notifications},
 * {@code /app//notifications}, {@code /app/notifications/}, {@code /app/%6Eotifications} or a destination
 * no handler serves is answered {@code ACCESS_DENIED} and the connection closes, instead of passing a
 * pattern and being acknowledged while reaching nobody. Path rules are thereby applied to what the server
 * routes, never to another spelling of it.
 */
public final class KnownDestinations implements ChannelInterceptor {

    private static final Set<String> SUBSCRIBABLE = Set.of(StompSecurityConfiguration.SUBSCRIBABLE);
    private static final Set<String> SENDABLE = Set.of(StompSecurityConfiguration.SENDABLE);

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        StompHeaderAccessor accessor = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
        if (accessor == null) {
            return message;
        }
        SimpMessageType type = accessor.getMessageType();
        String destination = accessor.getDestination();
        // Set.of(...).contains(null) throws: a frame without a destination is refused like an unknown one
        if (type == SimpMessageType.SUBSCRIBE && (destination == null || !SUBSCRIBABLE.contains(destination))
                || type == SimpMessageType.MESSAGE && (destination == null || !SENDABLE.contains(destination))) {
            throw new AccessDeniedException("unknown destination");
        }
        return message;
    }
}
