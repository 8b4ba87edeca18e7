package org.leavenotify.adapter.persistence;

import org.leavenotify.adapter.persistence.auth.AuthPersistenceConfiguration;
import org.leavenotify.adapter.persistence.leave.LeavePersistenceConfiguration;
import org.leavenotify.adapter.persistence.mail.MailPersistenceConfiguration;
import org.leavenotify.adapter.persistence.notification.NotificationPersistenceConfiguration;
import org.leavenotify.adapter.persistence.notification.OutboxClaimPersistenceConfiguration;
import org.leavenotify.adapter.persistence.organisation.OrganisationPersistenceConfiguration;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.observability.ContextProviderFactory;
import org.springframework.data.mongodb.observability.MongoObservationCommandListener;
import org.springframework.data.mongodb.repository.config.EnableMongoRepositories;

/**
 * The persistence adapter's beans; imported by the bootstrap application. Active unless
 * {@code leavenotify.store=in-memory}: every storage port on MongoDB, either the one at
 * {@code spring.mongodb.uri} or, when none is configured, the embedded store.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(StoreSettings.MongoDbChosen.class)
@EnableConfigurationProperties({EmbeddedStoreProperties.class, MongoClientProperties.class})
@EnableMongoRepositories(basePackageClasses = PersistenceAdapterConfiguration.class)
@Import({EmbeddedStoreConfiguration.class, LeavePersistenceConfiguration.class,
        OrganisationPersistenceConfiguration.class, NotificationPersistenceConfiguration.class,
        AuthPersistenceConfiguration.class, OutboxClaimPersistenceConfiguration.class,
        MailPersistenceConfiguration.class})
public class PersistenceAdapterConfiguration {

    @Bean
    MongoClientTimeouts mongoClientTimeouts(MongoClientProperties properties, MongoConnectionDetails connection) {
        return new MongoClientTimeouts(properties, connection);
    }

    /**
     * Each command the driver sends is observed (timed, and a span under the caller's when tracing is on):
     * through this the store's round trips show in the trace of the action that made them.
     */
    @Bean
    MongoClientSettingsBuilderCustomizer mongoCommandObservations(ObjectProvider<ObservationRegistry> registry) {
        return builder -> registry.ifAvailable(observations -> {
            if (!observations.isNoop()) {
                builder.contextProvider(ContextProviderFactory.create(observations))
                        .addCommandListener(new MongoObservationCommandListener(observations));
            }
        });
    }

    @Bean
    MongoIndexes mongoIndexes(MongoTemplate mongo, ObjectProvider<EmbeddedMongoStore> embedded) {
        return new MongoIndexes(mongo, embedded.getIfAvailable() == null);
    }

    @Bean
    StoreAnnouncement storeAnnouncement(ObjectProvider<EmbeddedMongoStore> embedded, MongoConnectionDetails connection) {
        EmbeddedMongoStore store = embedded.getIfAvailable();
        return store != null ? StoreAnnouncement.embedded(store)
                : StoreAnnouncement.mongoDb(connection.getConnectionString().getConnectionString());
    }

    /** Only with Actuator; named so that Spring Boot's own MongoDB indicator steps aside. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
    @ConditionalOnEnabledHealthIndicator("mongodb")
    static class StoreHealthConfiguration {

        @Bean
        MongoStoreHealthIndicator mongoHealthIndicator(MongoTemplate mongo, ObjectProvider<EmbeddedMongoStore> embedded) {
            return new MongoStoreHealthIndicator(mongo, embedded.getIfAvailable() != null ? "embedded" : "mongodb");
        }
    }
}
