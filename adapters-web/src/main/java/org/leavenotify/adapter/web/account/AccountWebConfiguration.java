package org.leavenotify.adapter.web.account;

import org.leavenotify.application.auth.port.in.ChangeOwnPasswordUseCase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The caller's own account: changing their password. */
@Configuration(proxyBeanMethods = false)
public class AccountWebConfiguration {

    @Bean
    PasswordController passwordController(ChangeOwnPasswordUseCase changePassword) {
        return new PasswordController(changePassword);
    }
}
