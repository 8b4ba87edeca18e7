package org.leavenotify.adapter.websocket.session;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.leavenotify.adapter.websocket.StompLimitsProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Lazy;
import org.springframework.messaging.simp.SimpMessageSendingOperations;

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
    StompAudit stompAudit(ObjectProvider<MeterRegistry> meterRegistry) {
        return new StompAudit(meterRegistry.getIfAvailable(SimpleMeterRegistry::new));
    }

    @Bean
    StompLimits stompLimits(StompLimitsProperties properties, StompSessions stompSessions, StompAudit stompAudit,
                            @Lazy @Qualifier("brokerMessagingTemplate") SimpMessageSendingOperations messaging) {
        return new StompLimits(properties, stompSessions, stompAudit, messaging);
    }

    @Bean
    RemoteAddressRecorder remoteAddressRecorder() {
        return new RemoteAddressRecorder();
    }
}
