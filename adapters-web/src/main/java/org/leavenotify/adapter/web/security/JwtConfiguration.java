package org.leavenotify.adapter.web.security;

import java.security.SecureRandom;
import java.time.Clock;

import org.leavenotify.application.auth.port.out.AccessTokenPort;
import org.leavenotify.application.auth.port.out.PasswordHasherPort;
import org.leavenotify.application.auth.port.out.PasswordStrengthPort;
import org.leavenotify.application.notification.port.out.UnsubscribeTokensPort;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The adapters behind the application's auth ports: JWT access tokens and BCrypt password hashes.
 * Under the {@code prod} profile start-up stops unless {@code JWT_SECRET} holds a strong key.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(JwtProperties.class)
class JwtConfiguration {

    /** The profile under which a missing JWT secret stops start-up. */
    static final String PRODUCTION_PROFILE = "prod";

    /** One set of keys for every token this server signs: access tokens and unsubscribe links. */
    @Bean
    SigningKeys jwtSigningKeys(JwtProperties properties, Environment environment) {
        return JwtSigningKey.keys(properties, environment.matchesProfiles(PRODUCTION_PROFILE), new SecureRandom());
    }

    @Bean
    UnsubscribeTokensPort unsubscribeTokens(SigningKeys keys, JwtProperties properties, ObjectProvider<Clock> clock) {
        return new JwtUnsubscribeTokens(keys, properties, clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    AccessTokenPort accessTokenPort(SigningKeys keys, JwtProperties properties, ObjectProvider<Clock> clock) {
        Clock time = clock.getIfAvailable(Clock::systemUTC);
        AccessTokenPort tokens = new JwtAccessTokenAdapter(keys, properties, time);
        return properties.verifiedCacheSize() == 0 ? tokens : new VerifiedTokenCache(tokens, properties, time);
    }

    @Bean
    PasswordHasherPort passwordHasher() {
        return new BCryptPasswordHasher(BCryptPasswordHasher.DEFAULT_STRENGTH);
    }

    @Bean
    PasswordStrengthPort passwordStrength() {
        return new ZxcvbnPasswordStrength();
    }
}
