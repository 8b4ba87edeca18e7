package org.leavenotify.adapter.websocket.errors;

import java.nio.charset.StandardCharsets;

import org.leavenotify.adapter.websocket.session.StompSessions;
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
 *
 * <p>The ERROR is written through {@link StompSessions} (under the session's write lock, then the close) when
 * the session is known, and Spring is told to send nothing: Spring's own path queues the ERROR behind a
 * write in progress and closes the session at once, which drops the queued ERROR (seen with a frame that
 * decodes, is answered, and is followed by garbage: the answer was being written when the ERROR came).
 */
public final class StompErrorHandler extends StompSubProtocolErrorHandler {

    private final StompSessions sessions;

    public StompErrorHandler(StompSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public Message<byte[]> handleClientMessageProcessingError(Message<byte[]> clientMessage, Throwable ex) {
        StompHeaderAccessor client = clientMessage == null ? null
                : MessageHeaderAccessor.getAccessor(clientMessage, StompHeaderAccessor.class);
        String text = StompRefusals.describe(ex, client);
        if (clientMessage == null && text.startsWith("SERVER_ERROR")) {
            // nothing could be decoded (an unknown command, say): the client's fault, not the server's
            text = "MALFORMED_FRAME: the frame could not be decoded";
        }
        String sessionId = client != null && client.getSessionId() != null ? client.getSessionId()
                : StompSessions.sessionBeingRead();
        if (sessionId != null && sessions.isOpen(sessionId)) {
            sessions.error(sessionId, text, client == null ? null : client.getReceipt());
            return null;
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
