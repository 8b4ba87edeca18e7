package org.leavenotify.adapter.websocket.errors;

import org.leavenotify.application.auth.AuthenticationFailed;
import org.leavenotify.application.shared.StoreUnavailable;
import org.springframework.messaging.simp.stomp.StompConversionException;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

/**
 * The text of the ERROR frame for a frame the server refused: {@code CODE: explanation}. The codes are
 * stable (clients may act on them), the explanations are for people.
 */
public final class StompRefusals {

    private StompRefusals() {
    }

    public static String describe(Throwable ex, StompHeaderAccessor client) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof AuthenticationFailed failed) {
                return failed.reason().name() + ": " + failed.reason().description();
            }
            if (cause instanceof AccessDeniedException) {
                return "ACCESS_DENIED: " + frame(client) + " is not allowed";
            }
            if (cause instanceof AuthenticationException) {
                return "ACCESS_DENIED: " + frame(client) + " is not allowed before a CONNECT with a bearer token";
            }
            if (cause instanceof StoreUnavailable) {
                return "SERVICE_UNAVAILABLE: the service is unavailable; try again later";
            }
            if (cause instanceof IllegalStateException state && state.getMessage() != null) {
                // Spring's protocol handler says so for a frame before CONNECT and for a second CONNECT
                if (state.getMessage().startsWith("Unknown session")) {
                    return "ACCESS_DENIED: " + frame(client) + " is not allowed before a CONNECT with a bearer token";
                }
                if (state.getMessage().startsWith("Session already exists")) {
                    return "MALFORMED_FRAME: this session has sent CONNECT already";
                }
            }
            if (cause instanceof StompConversionException conversion) {
                String detail = conversion.getMessage() == null ? "" : conversion.getMessage();
                return detail.contains("size limit") ? "FRAME_TOO_LARGE: " + detail : "MALFORMED_FRAME: " + detail;
            }
        }
        return "SERVER_ERROR: the frame could not be processed";
    }

    private static String frame(StompHeaderAccessor client) {
        if (client == null || client.getCommand() == null) {
            return "this frame";
        }
        String destination = client.getDestination();
        return destination == null ? client.getCommand().name() : client.getCommand().name() + " to " + destination;
    }
}
