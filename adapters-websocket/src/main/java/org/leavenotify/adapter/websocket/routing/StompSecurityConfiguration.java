package org.leavenotify.adapter.websocket.routing;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.socket.EnableWebSocketSecurity;
import org.springframework.security.messaging.access.intercept.MessageMatcherDelegatingAuthorizationManager;

import static org.springframework.messaging.simp.SimpMessageType.CONNECT;
import static org.springframework.messaging.simp.SimpMessageType.DISCONNECT;
import static org.springframework.messaging.simp.SimpMessageType.HEARTBEAT;
import static org.springframework.messaging.simp.SimpMessageType.UNSUBSCRIBE;

/**
 * What a STOMP client may do, deny by default. A refused frame gets an ERROR frame
 * ({@code ACCESS_DENIED: ...}) and the connection closes.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocketSecurity
public class StompSecurityConfiguration {

    /** The only destinations a client may subscribe to: its own, through the user prefix. */
    public static final String[] SUBSCRIBABLE = {
            "/user/queue/notifications",
            "/user/queue/notifications/unread-count",
            "/user/queue/notifications/changes",
            "/user/queue/notifications/list",
            "/user/queue/errors"};

    /** The only destinations a client may send to: the application's handlers, spelled exactly. */
    public static final String[] SENDABLE = {
            "/app/notifications",
            "/app/notifications/mark-read",
            "/app/notifications/mark-unread",
            "/app/notifications/mark-all-read",
            "/app/notifications/archive",
            "/app/notifications/unarchive"};

    /**
     * CONNECT needs the user that {@link JwtChannelInterceptor} sets from the token; SUBSCRIBE is allowed
     * to the caller's own notification and error queues only (never {@code /topic/**}, {@code /queue/**} or
     * {@code /user/{someone}/...}); SEND only to the application's handlers; UNSUBSCRIBE, DISCONNECT
     * and heart-beats always. Everything else is refused. {@link KnownDestinations} has refused every other
     * spelling of a destination before these rules run.
     */
    @Bean
    public AuthorizationManager<Message<?>> messageAuthorizationManager(
            MessageMatcherDelegatingAuthorizationManager.Builder messages) {
        return messages
                .simpTypeMatchers(CONNECT).authenticated()
                .simpTypeMatchers(UNSUBSCRIBE, DISCONNECT, HEARTBEAT).permitAll()
                .simpSubscribeDestMatchers(SUBSCRIBABLE).authenticated()
                .simpMessageDestMatchers(SENDABLE).authenticated()
                .anyMessage().denyAll()
                .build();
    }

    /**
     * Replaces the CSRF check that {@code @EnableWebSocketSecurity} puts on CONNECT. That check protects
     * sessions authenticated by a cookie, which a hostile page could ride on; here every session is
     * authenticated by a bearer token that the client puts in the CONNECT frame itself and that no other
     * page can read or send, so there is nothing for CSRF to protect and no CSRF token for clients to
     * send. Cross-site pages are kept out by the Origin allowlist on the handshake instead
     * ({@code leavenotify.websocket.allowed-origins}).
     */
    @Bean
    public ChannelInterceptor csrfChannelInterceptor() {
        return new ChannelInterceptor() {
        };
    }
}
