package org.leavenotify.adapter.websocket.session;

import org.leavenotify.adapter.websocket.BrokerProperties;
import org.leavenotify.adapter.websocket.WebSocketProperties;
import org.leavenotify.adapter.websocket.authentication.JwtChannelInterceptor;
import org.leavenotify.adapter.websocket.errors.StompErrorHandler;
import org.leavenotify.adapter.websocket.errors.StompRefusalReporter;
import org.leavenotify.adapter.websocket.limits.ConnectionGuard;
import org.leavenotify.adapter.websocket.routing.KnownDestinations;
import org.leavenotify.adapter.websocket.routing.ReceiptInterceptor;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketTransportRegistration;

/**
 * Endpoint, broker, transport limits and inbound interceptors. Ordered just before Spring Security's
 * message configuration ({@code HIGHEST_PRECEDENCE + 100}) so that {@link JwtChannelInterceptor} has set
 * the user on CONNECT before Security's interceptors look for one.
 */
@Order(Ordered.HIGHEST_PRECEDENCE + 99)
public class StompEndpointConfigurer implements WebSocketMessageBrokerConfigurer {

    public static final String ENDPOINT = "/ws";
    public static final String APPLICATION_PREFIX = "/app";
    public static final String USER_PREFIX = "/user";

    private final WebSocketProperties properties;
    private final ThreadPoolTaskScheduler scheduler;
    private final StompRefusalReporter refusalReporter;
    private final JwtChannelInterceptor jwtChannelInterceptor;
    private final ReceiptInterceptor receiptInterceptor;
    private final StompErrorHandler errorHandler;
    private final StompSessions sessions;
    private final BrokerProperties broker;
    private final ConnectionGuard connectionGuard;
    private final KnownDestinations knownDestinations = new KnownDestinations();

    public StompEndpointConfigurer(WebSocketProperties properties, ThreadPoolTaskScheduler stompTaskScheduler,
                            StompRefusalReporter refusalReporter, JwtChannelInterceptor jwtChannelInterceptor,
                            ReceiptInterceptor receiptInterceptor, StompErrorHandler errorHandler,
                            StompSessions sessions, BrokerProperties broker, ConnectionGuard connectionGuard) {
        this.connectionGuard = connectionGuard;
        this.broker = broker;
        this.properties = properties;
        this.scheduler = stompTaskScheduler;
        this.refusalReporter = refusalReporter;
        this.jwtChannelInterceptor = jwtChannelInterceptor;
        this.receiptInterceptor = receiptInterceptor;
        this.errorHandler = errorHandler;
        this.sessions = sessions;
    }

    /**
     * Plain WebSocket only. With no allowed origins configured, Spring's origin check admits same-origin
     * browsers only (and clients that send no Origin header, which are not browsers). The
     * {@link ConnectionGuard} runs first (interceptors added here come before Spring's origin check).
     */
    @Override
    public void registerStompEndpoints(StompEndpointRegistry registry) {
        registry.addEndpoint(ENDPOINT).addInterceptors(connectionGuard).setAllowedOriginPatterns(properties.allowedOrigins().toArray(String[]::new));
        registry.setErrorHandler(errorHandler);
        registry.setPreserveReceiveOrder(true);
    }

    /**
     * The in-process broker serves {@code /queue} and {@code /topic}; clients may only subscribe to their
     * own {@code /user/queue/...} destinations (see {@link StompSecurityConfiguration}). Each session's
     * inbound frames are handled in the order sent and its outbound messages sent in the order published.
     * In relay mode the broker is RabbitMQ instead, set up by the relay's own configurer
     * ({@code relay.RelayBrokerConfigurer}); heart-beats are then agreed between the client and RabbitMQ.
     */
    @Override
    public void configureMessageBroker(MessageBrokerRegistry registry) {
        long heartbeat = properties.heartbeat().toMillis();
        registry.setApplicationDestinationPrefixes(APPLICATION_PREFIX);
        registry.setUserDestinationPrefix(USER_PREFIX);
        if (!broker.isRelay()) {
            registry.enableSimpleBroker("/queue", "/topic")
                    .setHeartbeatValue(new long[] {heartbeat, heartbeat})
                    .setTaskScheduler(scheduler);
        }
        registry.setPreservePublishOrder(true);
    }

    /**
     * The message size limit applies to STOMP frames; {@link StompSessions} sets the WebSocket container's
     * own buffer to match once a session has started. A WebSocket message over it closes the connection
     * (status 1009).
     */
    @Override
    public void configureWebSocketTransport(WebSocketTransportRegistration registration) {
        int messageSizeLimit = Math.toIntExact(properties.messageSizeLimit().toBytes());
        registration.addDecoratorFactory(sessions);
        registration.addDecoratorFactory(connectionGuard);
        registration.setMessageSizeLimit(messageSizeLimit)
                .setSendTimeLimit(Math.toIntExact(properties.sendTimeLimit().toMillis()))
                .setSendBufferSizeLimit(Math.toIntExact(properties.sendBufferSizeLimit().toBytes()))
                .setTimeToFirstMessage(Math.toIntExact(properties.timeToFirstMessage().toMillis()));
    }

    /**
     * The refusal reporter comes first so that it sees the failure of every interceptor after it, its
     * own and Spring Security's (which this configurer's order puts after these).
     */
    @Override
    public void configureClientInboundChannel(ChannelRegistration registration) {
        registration.interceptors(refusalReporter, knownDestinations, jwtChannelInterceptor, receiptInterceptor);
    }
}
