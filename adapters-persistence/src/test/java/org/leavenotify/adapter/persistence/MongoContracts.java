package org.leavenotify.adapter.persistence;

import org.junit.jupiter.api.Nested;
import org.leavenotify.application.administration.port.out.OrganisationStorePort;
import org.leavenotify.application.auth.port.out.CredentialStorePort;
import org.leavenotify.application.auth.port.out.FailedAttemptsPort;
import org.leavenotify.application.auth.port.out.RefreshTokensPort;
import org.leavenotify.application.auth.port.out.SessionGenerationsPort;
import org.leavenotify.application.contract.CredentialStoreContract;
import org.leavenotify.application.contract.EmployeeDirectoryContract;
import org.leavenotify.application.contract.FailedAttemptsContract;
import org.leavenotify.application.contract.HolidayCalendarContract;
import org.leavenotify.application.contract.LeaveAllowanceContract;
import org.leavenotify.application.contract.LeaveLedgerContract;
import org.leavenotify.application.contract.LeaveRequestRepositoryContract;
import org.leavenotify.application.contract.MailIntentsContract;
import org.leavenotify.application.contract.NotificationPreferencesContract;
import org.leavenotify.application.contract.NotificationStoreContract;
import org.leavenotify.application.contract.OrganisationStoreContract;
import org.leavenotify.application.contract.OutboxClaimContract;
import org.leavenotify.application.contract.PendingLeaveRequestsContract;
import org.leavenotify.application.contract.RefreshTokensContract;
import org.leavenotify.application.contract.SessionGenerationsContract;
import org.leavenotify.application.leave.port.out.EmployeeDirectoryPort;
import org.leavenotify.application.leave.port.out.HolidayCalendarPort;
import org.leavenotify.application.leave.port.out.LeaveAllowancePort;
import org.leavenotify.application.leave.port.out.LeaveLedgerPort;
import org.leavenotify.application.leave.port.out.LeaveRequestRepositoryPort;
import org.leavenotify.application.leave.port.out.PendingLeaveRequestsPort;
import org.leavenotify.application.mail.port.out.MailIntentsPort;
import org.leavenotify.application.notification.port.out.NotificationPreferencesPort;
import org.leavenotify.application.notification.port.out.NotificationStorePort;
import org.leavenotify.application.notification.port.out.OutboxClaimPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The port contracts against one MongoDB store, written once: one nested class per port contract, each
 * port handed over with its collections emptied (not dropped, so that the indexes stay). A subclass says
 * which store ({@link #context()}) and when to skip; JUnit runs the nested classes declared here for each
 * subclass, under the subclass (test reports name them {@code MongoContracts$NotificationStore} and so on,
 * the store being the class they run in).
 */
abstract class MongoContracts {

    /** The adapter's context, connected to the store under test. */
    protected abstract ConfigurableApplicationContext context();

    protected <T> T emptied(Class<T> port, String... collections) {
        for (String collection : collections) {
            context().getBean(MongoTemplate.class).remove(new Query(), collection);
        }
        return context().getBean(port);
    }

    @Nested
    class OutboxClaims extends OutboxClaimContract {
        @Override
        protected OutboxClaimPort emptyClaims() {
            return emptied(OutboxClaimPort.class, "outbox_claims");
        }
    }

    @Nested
    class NotificationStore extends NotificationStoreContract {
        @Override
        protected NotificationStorePort emptyStore() {
            return emptied(NotificationStorePort.class, "notification_feeds", "notification_buckets");
        }
    }

    @Nested
    class LeaveRequestRepository extends LeaveRequestRepositoryContract {
        @Override
        protected LeaveRequestRepositoryPort emptyRepository() {
            return emptied(LeaveRequestRepositoryPort.class, "leave_requests");
        }
    }

    @Nested
    class LeaveLedger extends LeaveLedgerContract {
        @Override
        protected LeaveLedgerPort emptyLedgers() {
            return emptied(LeaveLedgerPort.class, "leave_ledgers", "leave_ledger_years");
        }
    }

    @Nested
    class EmployeeDirectory extends EmployeeDirectoryContract {
        @Override
        protected EmployeeDirectoryPort emptyDirectory() {
            return emptied(EmployeeDirectoryPort.class, "employees");
        }
    }

    @Nested
    class HolidayCalendar extends HolidayCalendarContract {
        @Override
        protected HolidayCalendarPort emptyCalendar() {
            return emptied(HolidayCalendarPort.class, "holidays");
        }
    }

    @Nested
    class LeaveAllowance extends LeaveAllowanceContract {
        @Override
        protected LeaveAllowancePort emptyAllowances() {
            return emptied(LeaveAllowancePort.class, "leave_allowances");
        }
    }

    @Nested
    class SessionGenerations extends SessionGenerationsContract {
        @Override
        protected SessionGenerationsPort emptyGenerations() {
            return emptied(SessionGenerationsPort.class, "session_generations");
        }
    }

    @Nested
    class FailedAttempts extends FailedAttemptsContract {
        @Override
        protected FailedAttemptsPort emptyAttempts() {
            return emptied(FailedAttemptsPort.class, "failed_attempts");
        }
    }

    @Nested
    class RefreshTokens extends RefreshTokensContract {
        @Override
        protected RefreshTokensPort emptyTokens() {
            return emptied(RefreshTokensPort.class, "refresh_tokens", "ended_refresh_families");
        }
    }

    @Nested
    class CredentialStore extends CredentialStoreContract {
        @Override
        protected CredentialStorePort emptyCredentialStore() {
            return emptied(CredentialStorePort.class, "credentials");
        }
    }

    @Nested
    class OrganisationStore extends OrganisationStoreContract {
        @Override
        protected OrganisationStorePort emptyStore() {
            return emptied(OrganisationStorePort.class, "employees", "organisation_revision");
        }

        @Override
        protected EmployeeDirectoryPort directoryOfTheSameStore() {
            return context().getBean(EmployeeDirectoryPort.class);
        }
    }

    @Nested
    class PendingLeaveRequests extends PendingLeaveRequestsContract {
        @Override
        protected LeaveRequestRepositoryPort emptyRepository() {
            return emptied(LeaveRequestRepositoryPort.class, "leave_requests");
        }

        @Override
        protected PendingLeaveRequestsPort pendingOfTheSameStore() {
            return context().getBean(PendingLeaveRequestsPort.class);
        }
    }

    @Nested
    class MailIntents extends MailIntentsContract {
        @Override
        protected MailIntentsPort emptyIntents() {
            return emptied(MailIntentsPort.class, "mail_intents");
        }
    }

    @Nested
    class NotificationPreferences extends NotificationPreferencesContract {
        @Override
        protected NotificationPreferencesPort emptyPreferences() {
            return emptied(NotificationPreferencesPort.class, "notification_preferences");
        }
    }
}
