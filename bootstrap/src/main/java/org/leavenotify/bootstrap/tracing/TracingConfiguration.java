package org.leavenotify.bootstrap.tracing;

import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.Tracer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;

/**
 * Tracing of the leave actions, end to end: Spring Boot observes the HTTP request and the MongoDB driver
 * each command; this observes the use cases and the ports the dispatcher stores and pushes through, and
 * stamps the trace id on each message sent to a client. Micrometer's OpenTelemetry bridge turns the
 * observations into spans; they are exported over OTLP only when
 * {@code management.opentelemetry.tracing.export.otlp.endpoint} is set (see {@code docs/tracing.md}).
 */
@Configuration(proxyBeanMethods = false)
public class TracingConfiguration {

    @Bean
    static UseCaseObservations useCaseObservations(ObjectProvider<ObservationRegistry> registry) {
        return new UseCaseObservations(registry);
    }

    @Bean
    ObservedPorts observedPorts(ObjectProvider<ObservationRegistry> registry) {
        return new ObservedPorts(registry.getIfAvailable(() -> ObservationRegistry.NOOP));
    }

    /** Without a tracer (tracing switched off) messages go out without the header. */
    @Bean
    WebSocketMessageBrokerConfigurer traceIdOnMessages(ObjectProvider<Tracer> tracer) {
        return new WebSocketMessageBrokerConfigurer() {
            @Override
            public void configureMessageBroker(MessageBrokerRegistry registry) {
                tracer.ifAvailable(current -> registry.configureBrokerChannel()
                        .interceptors(new TraceIdHeader(current)));
            }
        };
    }
}
