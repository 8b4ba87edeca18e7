package org.leavenotify.bootstrap;

import java.time.Clock;
import java.time.Duration;

import org.leavenotify.adapter.web.security.LoginLimitsProperties;
import org.leavenotify.application.auth.AuthenticationService;
import org.leavenotify.application.auth.LoginThrottle;
import org.leavenotify.application.auth.NewPasswords;
import org.leavenotify.application.auth.SessionService;
import org.leavenotify.application.auth.port.in.LogInUseCase;
import org.leavenotify.application.auth.port.out.AccessTokenPort;
import org.leavenotify.application.auth.port.out.CredentialStorePort;
import org.leavenotify.application.auth.port.out.FailedAttemptsPort;
import org.leavenotify.application.auth.port.out.PasswordHasherPort;
import org.leavenotify.application.auth.port.out.RefreshTokensPort;
import org.leavenotify.application.auth.port.out.SessionGenerationsPort;
import org.leavenotify.adapter.memory.InMemoryOutboxClaims;
import org.leavenotify.application.leave.FollowUpService;
import org.leavenotify.application.leave.LeaveQueryService;
import org.leavenotify.application.leave.LeaveRequestService;
import org.leavenotify.application.leave.port.out.EmployeeDirectoryPort;
import org.leavenotify.application.leave.port.out.HolidayCalendarPort;
import org.leavenotify.application.leave.port.out.LeaveAllowancePort;
import org.leavenotify.application.leave.port.out.LeaveLedgerPort;
import org.leavenotify.application.leave.port.out.LeaveRequestRepositoryPort;
import org.leavenotify.application.leave.port.out.PendingLeaveRequestsPort;
import org.leavenotify.application.mail.MailRules;
import org.leavenotify.application.mail.MailScheduler;
import org.leavenotify.application.mail.MailService;
import org.leavenotify.application.mail.port.out.MailAddressPort;
import org.leavenotify.application.mail.port.out.MailDeliveryPort;
import org.leavenotify.application.mail.port.out.MailIntentsPort;
import org.leavenotify.application.notification.NotificationDispatcher;
import org.leavenotify.application.notification.NotificationPreferencesService;
import org.leavenotify.application.notification.NotificationService;
import org.leavenotify.application.notification.port.in.DispatchNotificationsUseCase;
import org.leavenotify.application.notification.port.out.NotificationPreferencesPort;
import org.leavenotify.application.notification.port.out.NotificationStorePort;
import org.leavenotify.application.notification.port.out.OutboxClaimPort;
import org.leavenotify.application.notification.port.out.PresencePort;
import org.leavenotify.application.notification.port.out.PushNotificationPort;
import org.leavenotify.application.notification.port.out.UnsubscribeTokensPort;
import org.leavenotify.application.shared.TimeOrderedIdGenerator;
import org.leavenotify.application.shared.port.out.IdGeneratorPort;
import org.leavenotify.bootstrap.tracing.ObservedPorts;
import org.leavenotify.bootstrap.tracing.TracingConfiguration;
import org.leavenotify.domain.leave.FollowUpPolicy;
import org.leavenotify.domain.leave.LeavePolicy;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** Wires the use cases to whichever adapters implement their outgoing ports. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OutboxClaimProperties.class)
@Import(TracingConfiguration.class)
public class CoreConfiguration {

    /** Millisecond ticks: what the store keeps, so an object and its stored copy always agree. */
    @Bean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
    }

    @Bean
    IdGeneratorPort idGenerator(Clock clock) {
        return new TimeOrderedIdGenerator(clock);
    }

    @Bean
    LeavePolicy leavePolicy(LeaveNotifyProperties properties) {
        return new LeavePolicy(properties.leave().zone(), properties.leave().sickBackdatingDays());
    }

    /**
     * Claims each outbox before dispatching it, so that nodes sharing the store never dispatch the same
     * events twice; the store adapter provides the claims (in memory when the store is, which no other
     * node can share anyway).
     */
    @Bean
    NotificationDispatcher notificationDispatcher(LeaveRequestRepositoryPort requests, EmployeeDirectoryPort directory,
                                                  NotificationStorePort store, PresencePort presence,
                                                  PushNotificationPort push, IdGeneratorPort ids,
                                                  ObjectProvider<OutboxClaimPort> claims,
                                                  OutboxClaimProperties claimSettings, Clock clock,
                                                  ObservedPorts observed, MailScheduler mail) {
        return new NotificationDispatcher(requests, directory, observed.port(NotificationStorePort.class, store),
                presence, observed.port(PushNotificationPort.class, push), ids,
                claims.getIfAvailable(InMemoryOutboxClaims::new), clock, claimSettings.lease(), mail);
    }

    @Bean
    MailRules mailRules(LeaveNotifyProperties properties) {
        LeaveNotifyProperties.Mail mail = properties.mail();
        return new MailRules(mail.delay(), mail.claimLease(), mail.firstRetry(), mail.maxRetry(), mail.maxAttempts(),
                mail.linkBaseUrl());
    }

    /** The e-mail each notification may become, stored by the dispatcher with the notification (docs/channels.md). */
    @Bean
    MailScheduler mailScheduler(MailIntentsPort intents, MailRules rules) {
        return new MailScheduler(intents, rules);
    }

    @Bean
    MailService mailService(MailIntentsPort intents, MailDeliveryPort delivery, NotificationStorePort store,
                            EmployeeDirectoryPort directory, MailAddressPort addresses,
                            NotificationPreferencesPort preferences, UnsubscribeTokensPort unsubscribeTokens,
                            IdGeneratorPort ids, MailRules rules, Clock clock) {
        return new MailService(intents, delivery, store, directory, addresses, preferences, unsubscribeTokens, ids,
                rules, clock);
    }

    @Bean
    NotificationPreferencesService notificationPreferencesService(NotificationPreferencesPort preferences,
                                                                  UnsubscribeTokensPort unsubscribeTokens) {
        return new NotificationPreferencesService(preferences, unsubscribeTokens);
    }

    @Bean
    LeaveRequestService leaveRequestService(LeaveRequestRepositoryPort requests, LeaveLedgerPort ledgers,
                                            EmployeeDirectoryPort directory, HolidayCalendarPort calendars,
                                            LeaveAllowancePort allowances, DispatchNotificationsUseCase dispatcher,
                                            IdGeneratorPort ids, LeavePolicy policy, Clock clock) {
        return new LeaveRequestService(requests, ledgers, directory, calendars, allowances, dispatcher, ids, policy,
                clock);
    }

    @Bean
    LeaveQueryService leaveQueryService(LeaveRequestRepositoryPort requests, PendingLeaveRequestsPort pending,
                                        LeaveLedgerPort ledgers, EmployeeDirectoryPort directory,
                                        LeaveAllowancePort allowances, LeavePolicy policy, Clock clock) {
        return new LeaveQueryService(requests, pending, ledgers, directory, allowances, policy, clock);
    }

    @Bean
    FollowUpPolicy followUpPolicy(LeaveNotifyProperties properties) {
        LeaveNotifyProperties.FollowUp followUp = properties.followUp();
        return new FollowUpPolicy(followUp.remindAfterWorkingDays(), followUp.escalateAfterWorkingDays());
    }

    @Bean
    FollowUpService followUpService(LeaveRequestRepositoryPort requests, PendingLeaveRequestsPort pending,
                                    EmployeeDirectoryPort directory, HolidayCalendarPort calendars,
                                    DispatchNotificationsUseCase dispatcher, IdGeneratorPort ids,
                                    FollowUpPolicy rules, LeavePolicy policy, Clock clock) {
        return new FollowUpService(requests, pending, directory, calendars, dispatcher, ids, rules, policy, clock);
    }

    @Bean
    NotificationService notificationService(NotificationStorePort store, PresencePort presence,
                                            PushNotificationPort push, Clock clock, ObservedPorts observed) {
        return new NotificationService(observed.port(NotificationStorePort.class, store), presence,
                observed.port(PushNotificationPort.class, push), clock);
    }

    /** Failed logins and current-password checks, per account and address and per address, in the store. */
    @Bean
    LoginThrottle loginThrottle(FailedAttemptsPort attempts, LeaveNotifyProperties properties,
                                LoginLimitsProperties limits, Clock clock) {
        var login = properties.login();
        var perAddress = limits.loginFailuresPerAddress();
        return new LoginThrottle(attempts, clock, login.maxFailures(), login.lockDuration(), perAddress.max(),
                perAddress.period());
    }

    @Bean
    AuthenticationService authenticationService(CredentialStorePort credentials, PasswordHasherPort hasher,
                                                AccessTokenPort tokens, EmployeeDirectoryPort directory,
                                                LoginThrottle loginThrottle, SessionGenerationsPort generations,
                                                NewPasswords newPasswords) {
        return new AuthenticationService(credentials, hasher, tokens, directory, loginThrottle, generations,
                newPasswords);
    }

    @Bean
    SessionService sessionService(LogInUseCase authentication, RefreshTokensPort refreshTokens,
                                  AccessTokenPort tokens, EmployeeDirectoryPort directory,
                                  SessionGenerationsPort generations, LeaveNotifyProperties properties, Clock clock) {
        var sessions = properties.sessions();
        return new SessionService(authentication, refreshTokens, tokens, directory, generations,
                new SessionService.Lifetimes(sessions.refreshIdle(), sessions.refreshMax()), clock);
    }
}
