package org.leavenotify.bootstrap.metrics;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.leavenotify.application.leave.port.out.LeaveRequestRepositoryPort;
import org.leavenotify.application.mail.port.out.MailIntentsPort;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.simp.broker.BrokerAvailabilityEvent;
import org.springframework.messaging.simp.user.SimpUser;
import org.springframework.messaging.simp.user.SimpUserRegistry;

/**
 * The application's own metrics (docs/reliability.md lists them with healthy values), next to what
 * Spring Boot measures itself; exposed at {@code /actuator/prometheus} and {@code /actuator/metrics}.
 * The adapters count authentication failures, refused frames and limits exceeded themselves; this adds
 * the notification flow, the outbox, who is connected and whether the broker is available.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MetricsProperties.class)
public class MetricsConfiguration {

    static final String SESSIONS = "leavenotify.stomp.sessions";
    static final String USERS = "leavenotify.stomp.users";
    static final String BACKLOG = "leavenotify.outbox.backlog";
    static final String OLDEST_AGE = "leavenotify.outbox.oldest.age";
    static final String BROKER_AVAILABLE = "leavenotify.stomp.broker.available";

    /** Static: a post-processor is created before the other beans, so it takes its collaborators lazily. */
    @Bean
    static NotificationMeters notificationMeters(ObjectProvider<MeterRegistry> registry, ObjectProvider<Clock> clock) {
        return new NotificationMeters(registry, clock);
    }

    @Bean
    OutboxMonitor outboxMonitor(LeaveRequestRepositoryPort requests, Clock clock, MetricsProperties properties) {
        return new OutboxMonitor(requests, clock, properties.outboxInterval());
    }

    @Bean
    MeterBinder outboxGauges(OutboxMonitor monitor) {
        return registry -> {
            Gauge.builder(BACKLOG, monitor, OutboxMonitor::backlog)
                    .description("Leave requests whose events are not yet notifications (last reading)")
                    .register(registry);
            Gauge.builder(OLDEST_AGE, monitor, OutboxMonitor::oldestAgeSeconds).baseUnit("seconds")
                    .description("Age of the oldest event not yet turned into notifications (last reading)")
                    .register(registry);
        };
    }

    @Bean
    MeterBinder mailIntentGauges(MailIntentsPort intents, Clock clock) {
        return registry -> MailMeters.registerIntentGauges(intents, clock, registry);
    }

    @Bean
    MeterBinder connectedUsersGauges(SimpUserRegistry users) {
        return registry -> {
            Gauge.builder(USERS, users, SimpUserRegistry::getUserCount)
                    .description("Users with at least one STOMP session open").register(registry);
            Gauge.builder(SESSIONS, users, MetricsConfiguration::sessionCount)
                    .description("STOMP sessions open").register(registry);
        };
    }

    @Bean
    BrokerAvailability brokerAvailability() {
        return new BrokerAvailability();
    }

    @Bean
    MeterBinder brokerAvailabilityGauge(BrokerAvailability availability) {
        return registry -> Gauge.builder(BROKER_AVAILABLE, availability, BrokerAvailability::value)
                .description("1 while the STOMP broker (in-process or relay) is available, else 0").register(registry);
    }

    private static double sessionCount(SimpUserRegistry users) {
        return users.getUsers().stream().mapToInt(user -> sessionsOf(user)).sum();
    }

    private static int sessionsOf(SimpUser user) {
        return user.getSessions().size();
    }

    /** Follows Spring's broker availability events (the in-process broker is available once started). */
    static final class BrokerAvailability implements ApplicationListener<BrokerAvailabilityEvent> {

        private final AtomicInteger available = new AtomicInteger();

        @Override
        public void onApplicationEvent(BrokerAvailabilityEvent event) {
            available.set(event.isBrokerAvailable() ? 1 : 0);
        }

        double value() {
            return available.get();
        }
    }
}
