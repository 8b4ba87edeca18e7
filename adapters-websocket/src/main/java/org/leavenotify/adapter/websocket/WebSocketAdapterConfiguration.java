package org.leavenotify.adapter.websocket;

import org.leavenotify.adapter.websocket.authentication.SessionTerminationConfiguration;
import org.leavenotify.adapter.websocket.limits.StompLimitsConfiguration;
import org.leavenotify.adapter.websocket.notification.NotificationStompConfiguration;
import org.leavenotify.adapter.websocket.routing.StompSecurityConfiguration;
import org.leavenotify.adapter.websocket.session.StompSessionConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The websocket adapter's beans; imported by the bootstrap application. It provides the endpoint
 * {@code /ws} (STOMP over plain WebSocket), authentication of each STOMP session by its bearer token, the
 * destination rules, and the notification ports {@code PresencePort} and {@code PushNotificationPort}.
 * It needs an {@code AuthenticateAccessTokenUseCase} and the notification use cases as beans, and a
 * {@code SecurityFilterChain} that lets the HTTP handshake at {@code /ws} through (authentication happens
 * on the STOMP CONNECT frame, not on the handshake), and {@code /asyncapi.yaml} and {@code /asyncapi.json}
 * through for anyone: the description of this API ({@link AsyncApiController}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebSocketProperties.class)
@Import({AsyncApiController.class, StompSessionConfiguration.class, StompSecurityConfiguration.class, NotificationStompConfiguration.class,
        StompLimitsConfiguration.class, SessionTerminationConfiguration.class})
public class WebSocketAdapterConfiguration {
}
