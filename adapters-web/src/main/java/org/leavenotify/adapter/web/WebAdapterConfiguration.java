package org.leavenotify.adapter.web;

import org.leavenotify.adapter.web.account.AccountWebConfiguration;
import org.leavenotify.adapter.web.admin.AdminWebConfiguration;
import org.leavenotify.adapter.web.auth.AuthWebConfiguration;
import org.leavenotify.adapter.web.leave.LeaveWebConfiguration;
import org.leavenotify.adapter.web.notification.NotificationWebConfiguration;
import org.leavenotify.adapter.web.openapi.OpenApiConfiguration;
import org.leavenotify.adapter.web.problem.ProblemConfiguration;
import org.leavenotify.adapter.web.security.SecurityConfiguration;
import org.leavenotify.adapter.web.spa.SinglePageAppConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The web adapter's beans; imported by the bootstrap application. Nothing here is component-scanned:
 * each feature package wires its own beans with explicit {@code @Bean} methods.
 *
 * <p>Provides the {@code AccessTokenPort} (JWT) and {@code PasswordHasherPort} (BCrypt) adapters, the
 * Spring Security filter chain, the REST controllers, the problem+json error model and the OpenAPI
 * description. Needs the use cases of the application layer as beans.
 */
@Configuration(proxyBeanMethods = false)
@Import({SecurityConfiguration.class, ProblemConfiguration.class, AuthWebConfiguration.class,
        LeaveWebConfiguration.class, NotificationWebConfiguration.class, OpenApiConfiguration.class,
        AdminWebConfiguration.class, AccountWebConfiguration.class, SinglePageAppConfiguration.class})
public class WebAdapterConfiguration {
}
