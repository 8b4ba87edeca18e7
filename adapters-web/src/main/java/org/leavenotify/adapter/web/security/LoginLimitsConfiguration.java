package org.leavenotify.adapter.web.security;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.leavenotify.adapter.web.problem.ProblemResponseWriter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;

/**
 * The limit on failed logins per address and the audit log and counters of authentication failures.
 * Counters go to the application's {@link MeterRegistry} when there is one (Actuator).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LoginLimitsProperties.class)
@Import(RejectedRequestProblems.class)
public class LoginLimitsConfiguration {

    /** After the request body limit (+50), before Spring Security (-100): a refused login costs nothing. */
    static final int LOGIN_THROTTLE_ORDER = Ordered.HIGHEST_PRECEDENCE + 60;

    @Bean
    WebSecurityAudit webSecurityAudit(ObjectProvider<MeterRegistry> meterRegistry) {
        return new WebSecurityAudit(meterRegistry.getIfAvailable(SimpleMeterRegistry::new));
    }

    @Bean
    FilterRegistrationBean<LoginAddressThrottle> loginAddressThrottle(LoginLimitsProperties properties,
                                                                      ProblemResponseWriter problems,
                                                                      WebSecurityAudit webSecurityAudit) {
        var registration = new FilterRegistrationBean<>(
                new LoginAddressThrottle(properties.loginFailuresPerAddress(), problems, webSecurityAudit));
        registration.setOrder(LOGIN_THROTTLE_ORDER);
        registration.addUrlPatterns(SecurityConfiguration.LOGIN_PATH);
        return registration;
    }
}
