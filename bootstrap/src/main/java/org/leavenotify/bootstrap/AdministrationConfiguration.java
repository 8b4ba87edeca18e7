package org.leavenotify.bootstrap;

import java.time.Clock;

import org.leavenotify.application.administration.EmployeeAdministrationService;
import org.leavenotify.application.administration.FirstAdministratorService;
import org.leavenotify.application.administration.OrganisationChangeDispatcher;
import org.leavenotify.application.administration.PublicHolidayService;
import org.leavenotify.application.administration.port.in.CompleteOrganisationChangesUseCase;
import org.leavenotify.application.administration.port.out.OrganisationStorePort;
import org.leavenotify.application.administration.port.out.SessionTerminationPort;
import org.leavenotify.application.auth.LoginThrottle;
import org.leavenotify.application.auth.NewPasswords;
import org.leavenotify.application.auth.SessionRevocation;
import org.leavenotify.application.auth.PasswordChangeService;
import org.leavenotify.application.auth.port.out.CredentialStorePort;
import org.leavenotify.application.auth.port.out.PasswordStrengthPort;
import org.leavenotify.application.auth.port.out.SessionGenerationsPort;
import org.leavenotify.application.auth.port.out.PasswordHasherPort;
import org.leavenotify.application.leave.port.out.EmployeeDirectoryPort;
import org.leavenotify.application.leave.port.out.HolidayCalendarPort;
import org.leavenotify.application.leave.port.out.LeaveAllowancePort;
import org.leavenotify.application.leave.port.out.LeaveLedgerPort;
import org.leavenotify.application.leave.port.out.LeaveRequestRepositoryPort;
import org.leavenotify.application.leave.port.out.PendingLeaveRequestsPort;
import org.leavenotify.application.notification.NotificationDispatcher;
import org.leavenotify.application.shared.port.out.IdGeneratorPort;
import org.leavenotify.domain.leave.LeavePolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires HR administration: the administration use cases, the holiday calendar, the own-password change,
 * the organisation outbox dispatcher and its recovery sweep. The stores come from whichever storage
 * adapter is active ({@code OrganisationStorePort} is the employee store, {@code PendingLeaveRequestsPort}
 * the leave request store); {@code SessionTerminationPort} comes from the websocket adapter.
 */
@Configuration(proxyBeanMethods = false)
public class AdministrationConfiguration {

    @Bean
    OrganisationChangeDispatcher organisationChangeDispatcher(OrganisationStorePort organisation,
                                                              EmployeeDirectoryPort directory,
                                                              LeaveRequestRepositoryPort requests,
                                                              NotificationDispatcher notificationDispatcher,
                                                              IdGeneratorPort ids, Clock clock) {
        return new OrganisationChangeDispatcher(organisation, directory, requests, notificationDispatcher,
                notificationDispatcher, ids, clock);
    }

    @Bean
    EmployeeAdministrationService employeeAdministrationService(EmployeeDirectoryPort directory,
                                                                OrganisationStorePort organisation,
                                                                LeaveAllowancePort allowances,
                                                                LeaveRequestRepositoryPort requests,
                                                                LeaveLedgerPort ledgers,
                                                                CredentialStorePort credentials,
                                                                PasswordHasherPort hasher,
                                                                NewPasswords newPasswords,
                                                                SessionRevocation sessions,
                                                                CompleteOrganisationChangesUseCase changes,
                                                                IdGeneratorPort ids, LeavePolicy policy,
                                                                Clock clock) {
        return new EmployeeAdministrationService(directory, organisation, allowances, requests, ledgers, credentials, hasher,
                newPasswords, sessions, changes, ids, policy, clock);
    }

    @Bean
    PublicHolidayService publicHolidayService(EmployeeDirectoryPort directory, HolidayCalendarPort calendar,
                                              PendingLeaveRequestsPort pending, LeaveRequestRepositoryPort requests) {
        return new PublicHolidayService(directory, calendar, pending, requests);
    }

    @Bean
    PasswordChangeService passwordChangeService(EmployeeDirectoryPort directory, CredentialStorePort credentials,
                                                PasswordHasherPort hasher, LoginThrottle loginThrottle,
                                                NewPasswords newPasswords, SessionRevocation sessionRevocation) {
        return new PasswordChangeService(directory, credentials, hasher, loginThrottle, newPasswords,
                sessionRevocation);
    }

    /** Ending a person's earlier tokens (in the store) and open sessions (on this node). */
    @Bean
    SessionRevocation sessionRevocation(SessionGenerationsPort generations, SessionTerminationPort sessions) {
        return new SessionRevocation(generations, sessions);
    }

    /** The rules of every new password: the domain's length, hard to guess ({@link PasswordStrengthPort}). */
    @Bean
    FirstAdministratorService firstAdministratorService(OrganisationStorePort organisation,
                                                        CredentialStorePort credentials, PasswordHasherPort hasher,
                                                        NewPasswords newPasswords) {
        return new FirstAdministratorService(organisation, credentials, hasher, newPasswords);
    }

    /** Makes the first HR administrator of a fresh installation from the settings, if any (docs/administration.md). */
    @Bean
    FirstAdministrator firstAdministrator(LeaveNotifyProperties properties, FirstAdministratorService service) {
        return new FirstAdministrator(properties.firstAdministrator(), service);
    }

    @Bean
    NewPasswords newPasswords(PasswordStrengthPort strength) {
        return new NewPasswords(strength);
    }

    /** Completes the organisation changes a crash left half done (see {@link RecoverySweep}). */
    @Bean
    RecoverySweep organisationChangeSweep(CompleteOrganisationChangesUseCase changes, LeaveNotifyProperties properties) {
        return new RecoverySweep("organisation", "employee change(s)", changes::completePending, properties.dispatch());
    }
}
