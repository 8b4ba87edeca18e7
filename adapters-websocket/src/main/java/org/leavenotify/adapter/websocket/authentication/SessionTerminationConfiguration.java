package org.leavenotify.adapter.websocket.authentication;

import org.leavenotify.adapter.websocket.session.StompSessions;
import org.leavenotify.application.administration.port.out.SessionTerminationPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.simp.user.SimpUserRegistry;

/** The {@code SessionTerminationPort}: closing a deactivated person's STOMP sessions. */
@Configuration(proxyBeanMethods = false)
public class SessionTerminationConfiguration {

    @Bean
    public SessionTerminationPort sessionTerminationPort(SimpUserRegistry userRegistry, StompSessions stompSessions) {
        return new StompSessionTerminator(userRegistry, stompSessions);
    }
}
