package org.leavenotify.adapter.web.auth;

import java.time.Clock;

import org.leavenotify.adapter.web.security.WebSecurityAudit;
import org.leavenotify.application.auth.port.in.SessionUseCase;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The login, renewal and logout endpoints. */
@Configuration(proxyBeanMethods = false)
public class AuthWebConfiguration {

    @Bean
    LoginController loginController(SessionUseCase sessions, WebSecurityAudit webSecurityAudit,
                                    ObjectProvider<Clock> clock) {
        return new LoginController(sessions, webSecurityAudit, clock.getIfAvailable(Clock::systemUTC));
    }
}
