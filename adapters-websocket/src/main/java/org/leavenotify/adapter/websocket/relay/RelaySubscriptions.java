package org.leavenotify.adapter.websocket.relay;

import java.security.Principal;

import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.messaging.support.MessageHeaderAccessor;

/**
 * In relay mode, the last inbound interceptor (after Spring Security has allowed the frame): a SUBSCRIBE
 * to {@code /user/queue/...} is relayed to its RabbitMQ destination ({@link RelayDestinations}), and the
 * bearer token is taken out of the CONNECT frame before the relay forwards that frame to RabbitMQ, which
 * has no use for it.
 */
final class RelaySubscriptions implements ChannelInterceptor {

    private static final String AUTHORIZATION = "Authorization";

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        StompHeaderAccessor accessor = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
        if (accessor == null) {
            return message;
        }
        if (accessor.getMessageType() == SimpMessageType.CONNECT) {
            return withoutToken(message, accessor);
        }
        if (accessor.getMessageType() != SimpMessageType.SUBSCRIBE) {
            return message;
        }
        Principal user = accessor.getUser();
        String target = RelayDestinations.forSubscription(accessor.getDestination(),
                user == null ? null : user.getName(), accessor.getSessionId());
        if (target == null || user == null) {
            return message;
        }
        StompHeaderAccessor relayed = StompHeaderAccessor.wrap(message);
        relayed.setDestination(target);
        relayed.setLeaveMutable(true);
        return MessageBuilder.createMessage(message.getPayload(), relayed.getMessageHeaders());
    }

    private static Message<?> withoutToken(Message<?> message, StompHeaderAccessor accessor) {
        if (!accessor.containsNativeHeader(AUTHORIZATION) && !accessor.containsNativeHeader("authorization")) {
            return message;
        }
        StompHeaderAccessor relayed = StompHeaderAccessor.wrap(message);
        relayed.removeNativeHeader(AUTHORIZATION);
        relayed.removeNativeHeader("authorization");
        relayed.setLeaveMutable(true);
        return MessageBuilder.createMessage(message.getPayload(), relayed.getMessageHeaders());
    }
}
