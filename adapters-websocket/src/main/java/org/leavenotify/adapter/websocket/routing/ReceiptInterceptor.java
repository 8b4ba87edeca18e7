package org.leavenotify.adapter.websocket.routing;

import org.leavenotify.adapter.websocket.session.StompEndpointConfigurer;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageHandler;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.simp.annotation.support.SimpAnnotationMethodMessageHandler;
import org.springframework.messaging.simp.broker.AbstractBrokerMessageHandler;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.simp.user.UserDestinationMessageHandler;
import org.springframework.messaging.support.ExecutorChannelInterceptor;
import org.springframework.messaging.support.MessageHeaderAccessor;

/**
 * Answers every client frame that carries a {@code receipt} header with a RECEIPT frame once the server
 * has processed it (STOMP 1.2). The in-process broker answers only DISCONNECT; this does the rest.
 *
 * <p>Every handler of the inbound channel sees every frame, so the receipt is sent after the one handler
 * that does the work for that frame: the controller for {@code /app/...}, the user-destination handler
 * for {@code /user/...} (which registers the subscription with the broker before it returns, the broker
 * channel being synchronous), the broker for the rest. A SUBSCRIBE receipt therefore means the
 * subscription is active: what is published after the client reads it reaches the client.
 */
public final class ReceiptInterceptor implements ExecutorChannelInterceptor {

    private final StompFrames frames;
    private final boolean brokerAnswersReceipts;

    /** With the in-process broker, which answers DISCONNECT only. */
    public ReceiptInterceptor(StompFrames frames) {
        this(frames, false);
    }

    /**
     * @param brokerAnswersReceipts relay mode: RabbitMQ answers the receipt of every frame relayed to it
     *                              (SUBSCRIBE once the subscription is active there, UNSUBSCRIBE, DISCONNECT),
     *                              so this answers only the frames handled by the application ({@code /app/...})
     */
    public ReceiptInterceptor(StompFrames frames, boolean brokerAnswersReceipts) {
        this.frames = frames;
        this.brokerAnswersReceipts = brokerAnswersReceipts;
    }

    @Override
    public void afterMessageHandled(Message<?> message, MessageChannel channel, MessageHandler handler,
                                    Exception ex) {
        StompHeaderAccessor accessor = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
        if (accessor == null) {
            return;
        }
        String receipt = accessor.getReceipt();
        String sessionId = accessor.getSessionId();
        if (receipt == null || sessionId == null || !needsReceiptFromUs(accessor) || !doesTheWork(handler, accessor)) {
            return;
        }
        frames.receipt(sessionId, receipt);
    }

    /** CONNECT is answered by CONNECTED and DISCONNECT by the broker's own receipt. */
    private static boolean needsReceiptFromUs(StompHeaderAccessor accessor) {
        StompCommand command = accessor.getCommand();
        SimpMessageType type = accessor.getMessageType();
        return command != null && type != SimpMessageType.CONNECT && type != SimpMessageType.DISCONNECT
                && type != SimpMessageType.HEARTBEAT;
    }

    private boolean doesTheWork(MessageHandler handler, StompHeaderAccessor accessor) {
        String destination = accessor.getDestination();
        if (destination != null && destination.startsWith(StompEndpointConfigurer.APPLICATION_PREFIX + "/")) {
            return handler instanceof SimpAnnotationMethodMessageHandler;
        }
        if (brokerAnswersReceipts) {
            return false;
        }
        if (destination != null && destination.startsWith(StompEndpointConfigurer.USER_PREFIX + "/")) {
            return handler instanceof UserDestinationMessageHandler;
        }
        return handler instanceof AbstractBrokerMessageHandler;
    }
}
