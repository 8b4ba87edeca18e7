package org.leavenotify.adapter.websocket.limits;

import org.leavenotify.adapter.websocket.routing.RepliesStayInTheirSession;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketTransportRegistration;

/**
 * Puts the limits on the inbound channel after Spring Security's message interceptors
 * ({@code HIGHEST_PRECEDENCE + 100}), and so after {@link StompEndpointConfigurer}'s: a frame is counted
 * once it is authenticated and allowed. Also records each session's remote address at the handshake, and
 * keeps replies to one session from reaching the user's other sessions ({@link RepliesStayInTheirSession}).
 */
@Order(Ordered.HIGHEST_PRECEDENCE + 101)
public class StompLimitsConfigurer implements WebSocketMessageBrokerConfigurer {

    private final StompLimits limits;
    private final RemoteAddressRecorder remoteAddresses;

    public StompLimitsConfigurer(StompLimits stompLimits, RemoteAddressRecorder remoteAddressRecorder) {
        this.limits = stompLimits;
        this.remoteAddresses = remoteAddressRecorder;
    }

    @Override
    public void configureWebSocketTransport(WebSocketTransportRegistration registration) {
        registration.addDecoratorFactory(remoteAddresses);
    }

    @Override
    public void configureClientInboundChannel(ChannelRegistration registration) {
        registration.interceptors(limits);
    }

    /** See {@link RepliesStayInTheirSession}: a reply to a session that has gone goes nowhere. */
    @Override
    public void configureMessageBroker(MessageBrokerRegistry registry) {
        registry.configureBrokerChannel().interceptors(new RepliesStayInTheirSession());
    }
}
