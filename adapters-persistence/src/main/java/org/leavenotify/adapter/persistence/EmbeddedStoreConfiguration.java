package org.leavenotify.adapter.persistence;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

import com.mongodb.ConnectionString;

/**
 * Starts the {@link EmbeddedMongoStore} when no MongoDB is configured (neither {@code spring.mongodb.uri}
 * nor {@code spring.mongodb.host} has a value, and no connection details come from elsewhere such as a
 * test container) and points Spring Boot's MongoDB client at it.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedStoreConfiguration.NoMongoDbConfigured.class)
class EmbeddedStoreConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedMongoStore embeddedMongoStore(EmbeddedStoreProperties properties) {
        return EmbeddedMongoStore.start(properties.dataDir(), 0);
    }

    @Bean
    EmbeddedStoreBackups embeddedStoreBackups(EmbeddedMongoStore store, EmbeddedStoreProperties properties,
                                              ObjectProvider<Clock> clock) {
        return new EmbeddedStoreBackups(store, properties.backup().directoryIn(properties.dataDir()),
                properties.backup().keep(), clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    EmbeddedStoreBackupSchedule embeddedStoreBackupSchedule(EmbeddedStoreBackups backups,
                                                           EmbeddedStoreProperties properties) {
        return new EmbeddedStoreBackupSchedule(backups, properties.backup().interval());
    }

    @Bean
    MongoConnectionDetails embeddedMongoConnectionDetails(EmbeddedMongoStore store) {
        ConnectionString connectionString = new ConnectionString(store.connectionString());
        return () -> connectionString;
    }

    static final class NoMongoDbConfigured extends SpringBootCondition {

        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String property = StoreSettings.mongoDbConfiguredBy(context.getEnvironment());
            if (property != null) {
                return ConditionOutcome.noMatch(property + " is set: using that MongoDB");
            }
            var beanFactory = context.getBeanFactory();
            if (beanFactory != null
                    && beanFactory.getBeanNamesForType(MongoConnectionDetails.class, true, false).length > 0) {
                return ConditionOutcome.noMatch("MongoDB connection details are provided");
            }
            return ConditionOutcome.match("no MongoDB configured: starting the embedded store");
        }
    }
}
