package org.leavenotify.adapter.websocket.relay;

import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageBuilder;

/**
 * In relay mode, on the channel to the broker: a reply that Spring's user-destination handler addressed
 * to one session ({@code /queue/errors-user<session>}) goes to that session's RabbitMQ destination
 * ({@link RelayDestinations}) instead. The client still sees the destination it subscribed to: the handler
 * has put it in the message's original-destination header, which Spring restores on the way out.
 */
final class RelaySessionReplies implements ChannelInterceptor {

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        String target = RelayDestinations.forSessionReply(SimpMessageHeaderAccessor.getDestination(message.getHeaders()));
        if (target == null) {
            return message;
        }
        SimpMessageHeaderAccessor relayed = SimpMessageHeaderAccessor.wrap(message);
        relayed.setDestination(target);
        relayed.setLeaveMutable(true);
        return MessageBuilder.createMessage(message.getPayload(), relayed.getMessageHeaders());
    }
}
