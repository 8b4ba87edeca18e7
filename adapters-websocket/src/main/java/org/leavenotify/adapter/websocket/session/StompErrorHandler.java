package org.leavenotify.adapter.websocket.session;

import java.nio.charset.StandardCharsets;

import org.springframework.messaging.Message;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.messaging.support.MessageHeaderAccessor;
import org.springframework.util.MimeTypeUtils;
import org.springframework.web.socket.messaging.StompSubProtocolErrorHandler;

/**
 * The ERROR frame for input that cannot even be decoded (a malformed frame, a frame over the size limit),
 * saying why instead of Spring's default "Failed to send message to ExecutorSubscribableChannel". Frames
 * that decode but are refused on the inbound channel are answered by {@link StompRefusalReporter}.
 */
final class StompErrorHandler extends StompSubProtocolErrorHandler {

    @Override
    public Message<byte[]> handleClientMessageProcessingError(Message<byte[]> clientMessage, Throwable ex) {
        StompHeaderAccessor client = clientMessage == null ? null
                : MessageHeaderAccessor.getAccessor(clientMessage, StompHeaderAccessor.class);
        String text = StompRefusals.describe(ex, client);
        if (clientMessage == null && text.startsWith("SERVER_ERROR")) {
            // nothing could be decoded (an unknown command, say): the client's fault, not the server's
            text = "MALFORMED_FRAME: the frame could not be decoded";
        }
        StompHeaderAccessor accessor = StompHeaderAccessor.create(StompCommand.ERROR);
        accessor.setMessage(text);
        accessor.setContentType(MimeTypeUtils.TEXT_PLAIN);
        if (client != null && client.getReceipt() != null) {
            accessor.setReceiptId(client.getReceipt());
        }
        accessor.setLeaveMutable(true);
        return MessageBuilder.createMessage(text.getBytes(StandardCharsets.UTF_8), accessor.getMessageHeaders());
    }
}
