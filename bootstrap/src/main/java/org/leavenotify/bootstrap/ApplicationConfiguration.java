package org.leavenotify.bootstrap;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.leavenotify.application.auth.LoginThrottle;
import org.leavenotify.application.auth.port.in.ForgetExpiredSessionsUseCase;
import org.leavenotify.application.auth.port.out.CredentialStorePort;
import org.leavenotify.application.auth.port.out.PasswordHasherPort;
import org.leavenotify.application.leave.port.in.CompleteLeaveBookingsUseCase;
import org.leavenotify.application.leave.port.in.FollowUpWaitingRequestsUseCase;
import org.leavenotify.application.leave.port.out.EmployeeDirectoryPort;
import org.leavenotify.application.leave.port.out.HolidayCalendarPort;
import org.leavenotify.application.leave.port.out.LeaveAllowancePort;
import org.leavenotify.application.mail.MailRetention;
import org.leavenotify.application.mail.port.in.SendDueMailsUseCase;
import org.leavenotify.application.mail.port.out.MailIntentsPort;
import org.leavenotify.application.notification.NotificationRetention;
import org.leavenotify.application.notification.port.in.DispatchNotificationsUseCase;
import org.leavenotify.application.notification.port.out.NotificationStorePort;
import org.leavenotify.domain.leave.LeavePolicy;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** What the assembled application runs besides requests: the outbox sweep, demo data, the start-up report. */
@Configuration(proxyBeanMethods = false)
public class ApplicationConfiguration {

    /** Dispatches the notification events a crash left undispatched (see {@link RecoverySweep}). */
    @Bean
    RecoverySweep outboxSweep(DispatchNotificationsUseCase dispatcher, LeaveNotifyProperties properties) {
        return new RecoverySweep("outbox", "leave request(s)", dispatcher::dispatchPending, properties.dispatch());
    }

    /**
     * Reminds deciders of requests that wait, passes them up, flags leave that started undecided (see
     * {@code FollowUpService}); none when {@code leavenotify.follow-up.sweep-interval} is 0.
     */
    @Bean
    RecoverySweep followUpSweep(FollowUpWaitingRequestsUseCase followUps, LeaveNotifyProperties properties) {
        LeaveNotifyProperties.FollowUp settings = properties.followUp();
        return new RecoverySweep("follow-up", "leave request(s) waiting for a decision",
                followUps::followUpWaitingRequests, settings.sweepInterval(), settings.sweepPage());
    }

    /**
     * Sends the e-mails that are due: notifications still unread the delay after they were stored (see
     * {@code MailService}); none when {@code leavenotify.mail.sweep-interval} is 0.
     */
    @Bean
    RecoverySweep mailSweep(SendDueMailsUseCase mail, LeaveNotifyProperties properties) {
        LeaveNotifyProperties.Mail settings = properties.mail();
        return new RecoverySweep("mail", "e-mail(s) sent, skipped or put off", mail::sendDue,
                settings.sweepInterval(), settings.sweepBatch());
    }

    /** Forgets e-mails sent or skipped longer ago than {@code leavenotify.mail.keep-sent}, on the retention schedule. */
    @Bean
    RecoverySweep mailRetentionSweep(MailIntentsPort intents, Clock clock, LeaveNotifyProperties properties) {
        MailRetention retention = new MailRetention(intents, clock, properties.mail().keepSent());
        return new RecoverySweep("mail-retention", "e-mail(s) sent or skipped more than "
                + properties.mail().keepSent().toDays() + " days ago", retention::forgetSettled,
                properties.retention().sweepInterval(), properties.retention().sweepBatch());
    }

    /** Removes read notifications past the retention age (see {@link RecoverySweep}), on its own schedule. */
    @Bean
    RecoverySweep retentionSweep(NotificationStorePort store, Clock clock, LeaveNotifyProperties properties) {
        LeaveNotifyProperties.Retention retention = properties.retention();
        NotificationRetention notifications = new NotificationRetention(store, clock, retention.readNotifications());
        return new RecoverySweep("retention", "read notification(s) past " + retention.readNotifications().toDays()
                + " days", notifications::removeOld, retention.sweepInterval(), retention.sweepBatch());
    }

    /** Stores the leave requests a crash left booked but not stored (see {@link RecoverySweep}). */
    @Bean
    RecoverySweep bookingSweep(CompleteLeaveBookingsUseCase bookings, LeaveNotifyProperties properties) {
        return new RecoverySweep("booking", "leave request(s)", bookings::completePending, properties.dispatch());
    }

    /** Removes the failed-login counts of windows that have ended (see {@link RecoverySweep}). */
    @Bean
    RecoverySweep failedAttemptsSweep(LoginThrottle loginThrottle) {
        return new RecoverySweep("failed-attempts", "ended window(s) of failed logins", batch ->
                loginThrottle.forgetEndedWindows(), Duration.ofMinutes(10), Integer.MAX_VALUE);
    }

    /** Removes refresh tokens and ended sign-ins past their expiry (see {@link RecoverySweep}). */
    @Bean
    RecoverySweep refreshTokensSweep(ForgetExpiredSessionsUseCase sessions) {
        return new RecoverySweep("refresh-tokens", "expired refresh token(s) and sign-in(s)", batch ->
                sessions.forgetExpired(), Duration.ofMinutes(10), Integer.MAX_VALUE);
    }

    /** Runs every sweep of the application on Spring's task scheduler. */
    @Bean
    RecoverySweeps recoverySweeps(List<RecoverySweep> sweeps) {
        return new RecoverySweeps(sweeps);
    }

    @Bean
    @Conditional(DemoOrganisationCondition.class)
    DemoData demoData(EmployeeDirectoryPort directory, CredentialStorePort credentials, PasswordHasherPort hasher,
                      LeaveAllowancePort allowances, HolidayCalendarPort calendar, LeavePolicy policy, Clock clock) {
        return new DemoData(directory, credentials, hasher, allowances, calendar, policy, clock);
    }

    @Bean
    StartupReport startupReport(ObjectProvider<DemoData> demoData) {
        return new StartupReport(demoData.getIfAvailable() != null);
    }
}
