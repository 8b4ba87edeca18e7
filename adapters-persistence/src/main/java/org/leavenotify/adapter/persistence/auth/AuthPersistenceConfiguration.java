package org.leavenotify.adapter.persistence.auth;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The credential store adapter; imported by the persistence adapter's configuration. */
@Configuration(proxyBeanMethods = false)
public class AuthPersistenceConfiguration {

    @Bean
    MongoCredentialStore credentialStore(SpringDataCredentialRepository credentials) {
        return new MongoCredentialStore(credentials);
    }
}
