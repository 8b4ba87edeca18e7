package org.leavenotify.adapter.websocket.relay;

import java.time.Clock;

import org.leavenotify.adapter.websocket.BrokerProperties;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.messaging.simp.user.UserRegistryMessageHandler;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Relay mode ({@code leavenotify.broker.mode=relay}): the broker relay to RabbitMQ, its availability
 * and, with Actuator, its health. Imported by the websocket adapter's configuration.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = BrokerProperties.MODE_PROPERTY, havingValue = "relay")
public class RelayConfiguration {

    @Bean
    RelayBrokerConfigurer relayBrokerConfigurer(BrokerProperties broker,
                                                @Qualifier("stompTaskScheduler") ThreadPoolTaskScheduler scheduler) {
        return new RelayBrokerConfigurer(broker.relay(), scheduler);
    }

    @Bean
    BrokerRelayAvailability brokerRelayAvailability() {
        return new BrokerRelayAvailability(Clock.systemUTC());
    }

    /**
     * Each node publishes its sessions every half of this period; another node forgets them after the
     * whole period without news. It bounds how stale another node's view of presence may be.
     */
    @Bean
    static BeanPostProcessor userRegistryExpiration(Environment environment) {
        long period = Binder.get(environment).bindOrCreate("leavenotify.broker", BrokerProperties.class)
                .relay().userRegistryExpiration().toMillis();
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof UserRegistryMessageHandler handler) {
                    handler.setRegistryExpirationPeriod(period);
                }
                return bean;
            }
        };
    }

    /** Only with Actuator. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
    static class RelayHealthConfiguration {

        @Bean
        BrokerRelayHealthIndicator brokerRelayHealthIndicator(BrokerRelayAvailability availability,
                                                              BrokerProperties broker) {
            return new BrokerRelayHealthIndicator(availability, broker.relay().hosts());
        }
    }
}
