package org.leavenotify.bootstrap.tracing;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageBuilder;

/**
 * Writes the id of the current trace into every message the application sends to its clients, as the
 * STOMP header {@value #NAME} of the MESSAGE frame: a browser (or whoever debugs it) can give an operator
 * that id and the operator finds the REST call, the use case, the store writes and the pushes that
 * produced the frame. On the broker channel, so it holds for the in-process broker and the relay alike
 * (the relay passes the header through the external broker).
 */
final class TraceIdHeader implements ChannelInterceptor {

    /** The MESSAGE frame header that carries the trace id (32 hex digits, as in the logs). */
    static final String NAME = "trace-id";

    private final Tracer tracer;

    TraceIdHeader(Tracer tracer) {
        this.tracer = tracer;
    }

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        if (SimpMessageHeaderAccessor.getMessageType(message.getHeaders()) != SimpMessageType.MESSAGE) {
            return message;
        }
        Span span = tracer.currentSpan();
        if (span == null) {
            return message;
        }
        String traceId = span.context().traceId();
        SimpMessageHeaderAccessor accessor = SimpMessageHeaderAccessor.wrap(message);
        if (traceId.equals(accessor.getFirstNativeHeader(NAME))) {
            return message;
        }
        accessor.setNativeHeader(NAME, traceId);
        return MessageBuilder.createMessage(message.getPayload(), accessor.getMessageHeaders());
    }
}
