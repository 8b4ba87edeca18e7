package org.leavenotify.bootstrap;

import java.time.Clock;

import org.leavenotify.application.administration.AllowancesService;
import org.leavenotify.application.administration.ChangingRolesService;
import org.leavenotify.application.administration.FirstAdministratorService;
import org.leavenotify.application.administration.LettingPeopleGoService;
import org.leavenotify.application.administration.MovingPeopleService;
import org.leavenotify.application.administration.OrganisationChangeDispatcher;
import org.leavenotify.application.administration.OrganisationRevisions;
import org.leavenotify.application.administration.PasswordResetService;
import org.leavenotify.application.administration.PeopleQueryService;
import org.leavenotify.application.administration.PublicHolidayService;
import org.leavenotify.application.administration.TakingPeopleOnService;
import org.leavenotify.application.administration.port.in.CompleteOrganisationChangesUseCase;
import org.leavenotify.application.administration.port.in.CreateFirstAdministratorUseCase;
import org.leavenotify.application.administration.port.out.OrganisationStorePort;
import org.leavenotify.application.administration.port.out.SessionTerminationPort;
import org.leavenotify.application.auth.LoginThrottle;
import org.leavenotify.application.auth.NewPasswords;
import org.leavenotify.application.auth.PasswordChangeService;
import org.leavenotify.application.auth.SessionRevocation;
import org.leavenotify.application.auth.port.out.CredentialStorePort;
import org.leavenotify.application.auth.port.out.PasswordHasherPort;
import org.leavenotify.application.auth.port.out.PasswordStrengthPort;
import org.leavenotify.application.auth.port.out.SessionGenerationsPort;
import org.leavenotify.application.leave.port.out.EmployeeDirectoryPort;
import org.leavenotify.application.leave.port.out.HolidayCalendarPort;
import org.leavenotify.application.leave.port.out.LeaveAllowancePort;
import org.leavenotify.application.leave.port.out.LeaveLedgerPort;
import org.leavenotify.application.leave.port.out.LeaveRequestRepositoryPort;
import org.leavenotify.application.leave.port.out.PendingLeaveRequestsPort;
import org.leavenotify.application.notification.port.in.DispatchNotificationsUseCase;
import org.leavenotify.application.notification.port.in.NotifyOrganisationChangeUseCase;
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
                                                              DispatchNotificationsUseCase leaveOutbox,
                                                              NotifyOrganisationChangeUseCase notifications,
                                                              IdGeneratorPort ids, Clock clock) {
        return new OrganisationChangeDispatcher(organisation, directory, requests, leaveOutbox, notifications, ids,
                clock);
    }

    /** HR's use cases, one service per capability (the administration feature files). */
    @Bean
    TakingPeopleOnService takingPeopleOnService(EmployeeDirectoryPort directory, OrganisationStorePort organisation,
                                                LeaveAllowancePort allowances, CredentialStorePort credentials,
                                                PasswordHasherPort hasher, NewPasswords newPasswords,
                                                LeavePolicy policy, Clock clock) {
        return new TakingPeopleOnService(directory, organisation, allowances, credentials, hasher, newPasswords, policy,
                clock);
    }

    @Bean
    MovingPeopleService movingPeopleService(EmployeeDirectoryPort directory, OrganisationStorePort organisation,
                                            CompleteOrganisationChangesUseCase changes, IdGeneratorPort ids,
                                            Clock clock) {
        return new MovingPeopleService(directory, organisation, changes, ids, clock);
    }

    @Bean
    LettingPeopleGoService lettingPeopleGoService(EmployeeDirectoryPort directory, OrganisationStorePort organisation,
                                                  SessionRevocation sessions) {
        return new LettingPeopleGoService(directory, organisation, sessions);
    }

    @Bean
    ChangingRolesService changingRolesService(EmployeeDirectoryPort directory, OrganisationStorePort organisation,
                                              SessionRevocation sessions) {
        return new ChangingRolesService(directory, organisation, sessions);
    }

    @Bean
    AllowancesService allowancesService(EmployeeDirectoryPort directory, LeaveAllowancePort allowances,
                                        LeaveRequestRepositoryPort requests, LeaveLedgerPort ledgers) {
        return new AllowancesService(directory, allowances, requests, ledgers);
    }

    @Bean
    PasswordResetService passwordResetService(EmployeeDirectoryPort directory, CredentialStorePort credentials,
                                              PasswordHasherPort hasher, NewPasswords newPasswords,
                                              SessionRevocation sessions) {
        return new PasswordResetService(directory, credentials, hasher, newPasswords, sessions);
    }

    @Bean
    PeopleQueryService peopleQueryService(EmployeeDirectoryPort directory, OrganisationStorePort organisation,
                                          LeaveAllowancePort allowances, LeavePolicy policy, Clock clock) {
        return new PeopleQueryService(directory, organisation, allowances, policy, clock);
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
    FirstAdministrator firstAdministrator(LeaveNotifyProperties properties, CreateFirstAdministratorUseCase service) {
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

    /** Finishes writing an HR change whose node stopped after committing it (see {@link OrganisationRevisions}). */
    @Bean
    RecoverySweep organisationRevisionSweep(OrganisationStorePort organisation, LeaveNotifyProperties properties) {
        return new RecoverySweep("organisation-revision", "HR change(s) written to every employee",
                new OrganisationRevisions(organisation)::finishPending, properties.dispatch());
    }
}
