package org.leavenotify.adapter.persistence.notification;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The outbox claims that let several nodes dispatch from one store; imported by the persistence
 * adapter's configuration. Claims are found by {@code _id} only, so the collection needs no index.
 */
@Configuration(proxyBeanMethods = false)
public class OutboxClaimPersistenceConfiguration {

    @Bean
    MongoOutboxClaims outboxClaims(MongoTemplate mongo) {
        return new MongoOutboxClaims(mongo);
    }
}
