package org.leavenotify.adapter.websocket.limits;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.leavenotify.adapter.websocket.StompLimitsProperties;
import org.leavenotify.adapter.websocket.WebSocketProperties;
import org.leavenotify.adapter.websocket.errors.StompAudit;
import org.leavenotify.adapter.websocket.session.StompSessions;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Lazy;
import org.springframework.messaging.simp.SimpMessageSendingOperations;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * The limits on STOMP clients ({@code leavenotify.limits.*}) and the audit log and counters of STOMP
 * sessions. Counters go to the application's {@link MeterRegistry} when there is one (Actuator), else
 * nowhere that anyone reads.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StompLimitsProperties.class)
@Import(StompLimitsConfigurer.class)
public class StompLimitsConfiguration {

    @Bean
    public StompAudit stompAudit(ObjectProvider<MeterRegistry> meterRegistry) {
        return new StompAudit(meterRegistry.getIfAvailable(SimpleMeterRegistry::new));
    }

    @Bean
    public StompLimits stompLimits(StompLimitsProperties properties, StompSessions stompSessions, StompAudit stompAudit,
                            @Lazy @Qualifier("brokerMessagingTemplate") SimpMessageSendingOperations messaging) {
        return new StompLimits(properties, stompSessions, stompAudit, messaging);
    }

    @Bean
    public ConnectionGuard connectionGuard(StompLimitsProperties properties, WebSocketProperties webSocket,
                                    ThreadPoolTaskScheduler stompTaskScheduler, StompAudit stompAudit) {
        return new ConnectionGuard(properties.connections(), webSocket.timeToConnect(), webSocket.idleTimeout(),
                stompTaskScheduler, stompAudit);
    }

    @Bean
    public RemoteAddressRecorder remoteAddressRecorder() {
        return new RemoteAddressRecorder();
    }
}
