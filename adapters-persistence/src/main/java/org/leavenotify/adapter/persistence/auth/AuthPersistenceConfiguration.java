package org.leavenotify.adapter.persistence.auth;

import org.leavenotify.adapter.persistence.MongoIndexes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The credential store, session generation, failed-attempt and refresh-token adapters; imported by the persistence adapter's configuration. */
@Configuration(proxyBeanMethods = false)
public class AuthPersistenceConfiguration {

    @Bean
    MongoCredentialStore credentialStore(SpringDataCredentialRepository credentials) {
        return new MongoCredentialStore(credentials);
    }

    @Bean
    MongoSessionGenerations sessionGenerations(MongoTemplate mongo) {
        return new MongoSessionGenerations(mongo);
    }

    @Bean
    MongoFailedAttempts failedAttempts(MongoTemplate mongo, MongoIndexes indexes) {
        return new MongoFailedAttempts(mongo, indexes);
    }

    @Bean
    MongoRefreshTokens refreshTokens(MongoTemplate mongo, MongoIndexes indexes) {
        return new MongoRefreshTokens(mongo, indexes);
    }
}
