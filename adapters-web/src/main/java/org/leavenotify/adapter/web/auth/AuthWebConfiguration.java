package org.leavenotify.adapter.web.auth;

import org.leavenotify.adapter.web.security.WebSecurityAudit;
import org.leavenotify.application.auth.port.in.LogInUseCase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The login endpoint. */
@Configuration(proxyBeanMethods = false)
public class AuthWebConfiguration {

    @Bean
    LoginController loginController(LogInUseCase login, WebSecurityAudit webSecurityAudit) {
        return new LoginController(login, webSecurityAudit);
    }
}
