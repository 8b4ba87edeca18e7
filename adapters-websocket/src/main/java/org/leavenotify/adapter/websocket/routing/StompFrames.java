package org.leavenotify.adapter.websocket.routing;

import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.MessageBuilder;

/**
 * Writes RECEIPT frames, which the broker produces for DISCONNECT only, to one session through the client
 * outbound channel. (ERROR frames are written by {@link StompSessions}.)
 */
public final class StompFrames {

    private static final byte[] EMPTY = new byte[0];

    private final MessageChannel clientOutboundChannel;

    public StompFrames(MessageChannel clientOutboundChannel) {
        this.clientOutboundChannel = clientOutboundChannel;
    }

    public void receipt(String sessionId, String receiptId) {
        StompHeaderAccessor accessor = StompHeaderAccessor.create(StompCommand.RECEIPT);
        accessor.setReceiptId(receiptId);
        accessor.setSessionId(sessionId);
        clientOutboundChannel.send(MessageBuilder.createMessage(EMPTY, accessor.getMessageHeaders()));
    }
}
