package org.leavenotify.adapter.websocket.session;

import java.nio.charset.StandardCharsets;

import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.util.MimeTypeUtils;

/**
 * Writes server frames that the broker does not produce (RECEIPT for frames other than DISCONNECT, ERROR
 * on token expiry) straight to one session through the client outbound channel.
 */
final class StompFrames {

    private static final byte[] EMPTY = new byte[0];

    private final MessageChannel clientOutboundChannel;

    StompFrames(MessageChannel clientOutboundChannel) {
        this.clientOutboundChannel = clientOutboundChannel;
    }

    void receipt(String sessionId, String receiptId) {
        StompHeaderAccessor accessor = StompHeaderAccessor.create(StompCommand.RECEIPT);
        accessor.setReceiptId(receiptId);
        accessor.setSessionId(sessionId);
        clientOutboundChannel.send(MessageBuilder.createMessage(EMPTY, accessor.getMessageHeaders()));
    }

    /**
     * Sends an ERROR frame, answering the client frame {@code receiptId} if not null; the session closes
     * once it is written.
     */
    void error(String sessionId, String message, String receiptId) {
        StompHeaderAccessor accessor = StompHeaderAccessor.create(StompCommand.ERROR);
        accessor.setMessage(message);
        if (receiptId != null) {
            accessor.setReceiptId(receiptId);
        }
        accessor.setContentType(MimeTypeUtils.TEXT_PLAIN);
        accessor.setSessionId(sessionId);
        clientOutboundChannel.send(MessageBuilder.createMessage(message.getBytes(StandardCharsets.UTF_8),
                accessor.getMessageHeaders()));
    }
}
