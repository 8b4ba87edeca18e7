package org.leavenotify.adapter.web.security;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The settings of the limit on failed logins per address (the limit itself is the login use case's
 * throttle, so no spelling of the login path escapes it) and the audit log and counters of authentication
 * failures. Counters go to the application's {@link MeterRegistry} when there is one (Actuator).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LoginLimitsProperties.class)
@Import(RejectedRequestProblems.class)
public class LoginLimitsConfiguration {

    @Bean
    WebSecurityAudit webSecurityAudit(ObjectProvider<MeterRegistry> meterRegistry) {
        return new WebSecurityAudit(meterRegistry.getIfAvailable(SimpleMeterRegistry::new));
    }
}
