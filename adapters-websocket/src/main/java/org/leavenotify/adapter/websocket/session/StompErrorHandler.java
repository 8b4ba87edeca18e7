package org.leavenotify.adapter.websocket.session;

import java.nio.charset.StandardCharsets;

import org.leavenotify.application.auth.AuthenticationFailed;
import org.leavenotify.application.shared.StoreUnavailable;
import org.springframework.messaging.Message;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompConversionException;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.messaging.support.MessageHeaderAccessor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.util.MimeTypeUtils;
import org.springframework.web.socket.messaging.StompSubProtocolErrorHandler;

/**
 * Turns a frame the server refused into an ERROR frame that says why, instead of Spring's default
 * "Failed to send message to ExecutorSubscribableChannel". The {@code message} header (and the plain-text
 * body) reads {@code CODE: explanation}; the codes are stable, the explanations are for people. The
 * connection closes after an ERROR frame.
 */
final class StompErrorHandler extends StompSubProtocolErrorHandler {

    @Override
    public Message<byte[]> handleClientMessageProcessingError(Message<byte[]> clientMessage, Throwable ex) {
        StompHeaderAccessor client = clientMessage == null ? null
                : MessageHeaderAccessor.getAccessor(clientMessage, StompHeaderAccessor.class);
        String text = describe(ex, client);
        StompHeaderAccessor accessor = StompHeaderAccessor.create(StompCommand.ERROR);
        accessor.setMessage(text);
        accessor.setContentType(MimeTypeUtils.TEXT_PLAIN);
        if (client != null && client.getReceipt() != null) {
            accessor.setReceiptId(client.getReceipt());
        }
        accessor.setLeaveMutable(true);
        return MessageBuilder.createMessage(text.getBytes(StandardCharsets.UTF_8), accessor.getMessageHeaders());
    }

    static String describe(Throwable ex) {
        return describe(ex, null);
    }

    private static String describe(Throwable ex, StompHeaderAccessor client) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof AuthenticationFailed failed) {
                return failed.reason().name() + ": " + failed.reason().description();
            }
            if (cause instanceof AccessDeniedException) {
                return "ACCESS_DENIED: " + frame(client) + " is not allowed";
            }
            if (cause instanceof StoreUnavailable) {
                return "SERVICE_UNAVAILABLE: the service is unavailable; try again later";
            }
            if (cause instanceof StompConversionException conversion) {
                String detail = conversion.getMessage() == null ? "" : conversion.getMessage();
                return detail.contains("size limit")
                        ? "FRAME_TOO_LARGE: " + detail
                        : "MALFORMED_FRAME: " + detail;
            }
        }
        return "SERVER_ERROR: the frame could not be processed";
    }

    private static String frame(StompHeaderAccessor client) {
        if (client == null || client.getCommand() == null) {
            return "this frame";
        }
        String destination = client.getDestination();
        return destination == null ? client.getCommand().name()
                : client.getCommand().name() + " to " + destination;
    }
}
