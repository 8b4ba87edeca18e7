package org.leavenotify.application.administration;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.leavenotify.application.administration.port.in.ChangeAllowanceUseCase;
import org.leavenotify.application.administration.port.in.ChangeManagerUseCase;
import org.leavenotify.application.administration.port.in.ChangeRolesUseCase;
import org.leavenotify.application.administration.port.in.CompleteOrganisationChangesUseCase;
import org.leavenotify.application.administration.port.in.CreateEmployeeUseCase;
import org.leavenotify.application.administration.port.in.DeactivateEmployeeUseCase;
import org.leavenotify.application.administration.port.in.EmployeesQuery;
import org.leavenotify.application.administration.port.in.ImportEmployeesUseCase;
import org.leavenotify.application.administration.port.in.SetPasswordUseCase;
import org.leavenotify.application.administration.port.out.OrganisationStorePort;
import org.leavenotify.application.auth.AuthenticationFailed;
import org.leavenotify.application.auth.NewPasswords;
import org.leavenotify.application.auth.SessionRevocation;
import org.leavenotify.application.auth.StoredCredentials;
import org.leavenotify.application.auth.port.out.CredentialStorePort;
import org.leavenotify.application.auth.port.out.PasswordHasherPort;
import org.leavenotify.application.leave.LeaveLedger;
import org.leavenotify.application.leave.port.out.EmployeeDirectoryPort;
import org.leavenotify.application.leave.port.out.LeaveAllowancePort;
import org.leavenotify.application.leave.port.out.LeaveLedgerPort;
import org.leavenotify.application.leave.port.out.LeaveRequestRepositoryPort;
import org.leavenotify.application.shared.Retry;
import org.leavenotify.application.shared.port.out.IdGeneratorPort;
import org.leavenotify.domain.leave.Employee;
import org.leavenotify.domain.leave.EmployeeId;
import org.leavenotify.domain.leave.EmployeeNotFound;
import org.leavenotify.domain.leave.LeaveBalance;
import org.leavenotify.domain.leave.LeavePolicy;
import org.leavenotify.domain.leave.LeaveType;
import org.leavenotify.domain.leave.WorkingDays;
import org.leavenotify.domain.organisation.AllowanceBelowBookedLeave;
import org.leavenotify.domain.organisation.EmployeeInactive;
import org.leavenotify.domain.organisation.ManagerChange;
import org.leavenotify.domain.organisation.ReportingLines;
import org.leavenotify.domain.organisation.UsernameTaken;
import org.leavenotify.domain.shared.EventId;

/**
 * HR administration of the people: creating, moving, changing roles and allowances, deactivating,
 * setting passwords, importing many at once.
 *
 * <p>Every change that reads the reporting lines and then writes runs under one lock, so that two
 * changes on this node cannot together build a reporting cycle that neither would alone (HR changes
 * are rare; serialising them costs nothing). Across nodes the store's unique usernames still hold;
 * two simultaneous conflicting moves on two nodes are not prevented (see docs/administration.md).
 *
 * <p>A manager change is saved with its {@code ManagerChanged} event in the employee's outbox (one
 * atomic write), then completed at once by the {@link CompleteOrganisationChangesUseCase}; if that
 * fails the change still succeeds and the recovery sweep completes it.
 */
public final class EmployeeAdministrationService implements CreateEmployeeUseCase, ChangeManagerUseCase,
        ChangeRolesUseCase, ChangeAllowanceUseCase, DeactivateEmployeeUseCase, SetPasswordUseCase,
        ImportEmployeesUseCase, EmployeesQuery {

    private static final System.Logger LOG = System.getLogger(EmployeeAdministrationService.class.getName());

    /** The text of the error that closes a deactivated person's live sessions (a STOMP ERROR frame). */
    public static final String DEACTIVATED_REASON = AuthenticationFailed.Reason.INACTIVE_USER.name() + ": "
            + AuthenticationFailed.Reason.INACTIVE_USER.description();

    private final EmployeeDirectoryPort directory;
    private final OrganisationStorePort organisation;
    private final LeaveAllowancePort allowances;
    private final LeaveRequestRepositoryPort requests;
    private final LeaveLedgerPort ledgers;
    private final CredentialStorePort credentials;
    private final PasswordHasherPort hasher;
    private final NewPasswords newPasswords;
    private final SessionRevocation sessions;
    private final CompleteOrganisationChangesUseCase changes;
    private final IdGeneratorPort ids;
    private final LeavePolicy policy;
    private final Clock clock;
    private final ReportingLines lines;
    private final ReentrantLock changeLock = new ReentrantLock();

    public EmployeeAdministrationService(EmployeeDirectoryPort directory, OrganisationStorePort organisation,
                                         LeaveAllowancePort allowances, LeaveRequestRepositoryPort requests,
                                         LeaveLedgerPort ledgers,
                                         CredentialStorePort credentials, PasswordHasherPort hasher,
                                         NewPasswords newPasswords, SessionRevocation sessions, CompleteOrganisationChangesUseCase changes,
                                         IdGeneratorPort ids, LeavePolicy policy, Clock clock) {
        this.directory = directory;
        this.organisation = organisation;
        this.allowances = allowances;
        this.requests = requests;
        this.ledgers = ledgers;
        this.credentials = credentials;
        this.hasher = hasher;
        this.newPasswords = newPasswords;
        this.sessions = sessions;
        this.changes = changes;
        this.ids = ids;
        this.policy = policy;
        this.clock = clock;
        this.lines = new ReportingLines(Directories.people(directory));
    }

    /**
     * The password is hashed before the lock (BCrypt is slow on purpose). The employee is inserted
     * first, then their allowances and credentials: if the insert is refused (the username was taken a
     * moment ago) nothing of someone else's is touched. Should the process stop in between, the
     * employee exists without a password or allowance, and HR sets them.
     */
    @Override
    public Employee create(CreateEmployeeCommand command) {
        String hash = command.initialPassword() == null ? null
                : hasher.hash(newPasswords.check(command.initialPassword(), command.username(), command.displayName()));
        Employee created = locked(() -> {
            Employee actor = administrator(command.actor());
            requireFree(command.username());
            Employee employee = lines.hire(actor, command.username(), command.displayName(), command.roles(),
                    command.managerId());
            organisation.insert(employee);
            return employee;
        });
        setUp(created, command.annualAllowance(), hash);
        return created;
    }

    @Override
    public Employee changeManager(ChangeManagerCommand command) {
        ManagerChange change = locked(() -> {
            Employee actor = administrator(command.actor());
            Employee employee = existing(command.employee());
            ManagerChange result = lines.changeManager(actor, employee, command.newManager(),
                    new EventId(ids.nextId()), clock.instant());
            result.event().ifPresent(event -> organisation.saveWithEvents(result.employee(), List.of(event)));
            return result;
        });
        if (change.event().isPresent()) {
            try {
                changes.complete(command.employee());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The move of " + command.employee() + " is saved but its consequences could "
                        + "not be completed now; the recovery sweep will complete them", e);
            }
        }
        return change.employee();
    }

    @Override
    public Employee changeRoles(ChangeRolesCommand command) {
        return locked(() -> {
            Employee actor = administrator(command.actor());
            Employee before = existing(command.employee());
            Employee changed = lines.changeRoles(actor, before, command.roles());
            directory.save(changed);
            if (!changed.roles().equals(before.roles())) {
                // tokens carry roles: the earlier ones must not outlive the change
                sessions.endEverySessionOf(changed.id(), SessionRevocation.REVOKED_REASON);
            }
            return changed;
        });
    }

    /**
     * Counts the annual leave approved and pending in that year in the employee's ledger, and records the
     * new allowance there by a write conditional on the version read (read again if a booking got in
     * first): a submission racing this change is checked either against the new allowance or before it,
     * never both against the old one. Then the allowance store gets the new value too.
     */
    @Override
    public LeaveBalance changeAllowance(ChangeAllowanceCommand command) {
        ReportingLines.requireAdministrator(directory.findById(command.actor()).orElse(null));
        Employee employee = existing(command.employee());
        if (!employee.active()) {
            throw new EmployeeInactive(employee.id());
        }
        LeaveBalance booked = Retry.onConcurrentUpdate(() -> {
            LeaveLedger ledger = ledgers.ledgerOf(employee.id(), command.year());
            LeaveBalance balance = LeaveBalance.of(employee.id(), LeaveType.ANNUAL, command.year(), command.allowance(),
                    ledger.asTheyStand(requests.findByIds(ledger.bookedIds())));
            if (!balance.covers(WorkingDays.NONE)) {
                throw new AllowanceBelowBookedLeave(employee.id(), command.year(),
                        balance.used().plus(balance.reserved()), command.allowance());
            }
            ledgers.setAllowance(ledger, command.allowance());
            return balance;
        });
        allowances.setAnnualAllowance(employee.id(), command.year(), command.allowance());
        return booked;
    }

    /**
     * Saves the employee inactive, then ends their sessions: every token check reads whether the owner is
     * still active, and the generation moves on too, so that a reactivation would not revive old tokens.
     */
    @Override
    public Employee deactivate(DeactivateEmployeeCommand command) {
        Employee deactivated = locked(() -> {
            Employee actor = administrator(command.actor());
            Employee employee = existing(command.employee());
            Employee changed = lines.deactivate(actor, employee);
            if (changed != employee) {
                directory.save(changed);
            }
            return changed;
        });
        sessions.endEverySessionOf(deactivated.id(), DEACTIVATED_REASON);
        return deactivated;
    }

    @Override
    public void setPassword(SetPasswordCommand command) {
        ReportingLines.requireAdministrator(directory.findById(command.actor()).orElse(null));
        Employee employee = existing(command.employee());
        if (!employee.active()) {
            throw new EmployeeInactive(employee.id());
        }
        String hash = hasher.hash(newPasswords.check(command.newPassword(), employee.username(),
                employee.displayName()));
        credentials.save(new StoredCredentials(employee.username(), employee.id(), hash));
        sessions.endEverySessionOf(employee.id(), SessionRevocation.REVOKED_REASON);
    }

    /**
     * Checks every line before creating anyone; then creates them managers first, each as
     * {@link #create} does, hashing each distinct password once (an import of many people with the same
     * initial password costs one BCrypt hash, not one per person).
     */
    @Override
    public List<Employee> importEmployees(ImportEmployeesCommand command) {
        Map<String, String> hashes = new HashMap<>();
        List<EmployeeImport.Planned> created = locked(() -> {
            Employee actor = administrator(command.actor());
            List<EmployeeImport.Planned> plan = new EmployeeImport(directory, actor, newPasswords).plan(command.lines());
            for (EmployeeImport.Planned planned : plan) {
                organisation.insert(planned.employee());
            }
            return plan;
        });
        for (EmployeeImport.Planned planned : created) {
            String password = planned.initialPassword();
            String hash = password == null ? null : hashes.computeIfAbsent(password, hasher::hash);
            setUp(planned.employee(), planned.annualAllowance(), hash);
        }
        return created.stream().map(EmployeeImport.Planned::employee).toList();
    }

    @Override
    public List<Employee> allEmployees(EmployeeId actor) {
        ReportingLines.requireAdministrator(directory.findById(actor).orElse(null));
        return organisation.findAll();
    }

    @Override
    public EmployeeRecord employee(EmployeeId actor, EmployeeId employeeId) {
        ReportingLines.requireAdministrator(directory.findById(actor).orElse(null));
        Employee employee = existing(employeeId);
        int year = policy.today(clock.instant()).getYear();
        return new EmployeeRecord(employee, year, allowances.annualAllowance(employee.id(), year));
    }

    /** The allowance of this year and the next, and the credentials when there is a password. */
    private void setUp(Employee employee, WorkingDays annualAllowance, String passwordHash) {
        int year = policy.today(clock.instant()).getYear();
        allowances.setAnnualAllowance(employee.id(), year, annualAllowance);
        allowances.setAnnualAllowance(employee.id(), year + 1, annualAllowance);
        if (passwordHash != null) {
            credentials.save(new StoredCredentials(employee.username(), employee.id(), passwordHash));
        }
    }

    private void requireFree(String username) {
        if (directory.findByUsername(username).isPresent() || directory.findById(new EmployeeId(username)).isPresent()) {
            throw new UsernameTaken(username);
        }
    }

    private Employee administrator(EmployeeId actorId) {
        Optional<Employee> actor = directory.findById(actorId);
        ReportingLines.requireAdministrator(actor.orElse(null));
        return actor.get();
    }

    private Employee existing(EmployeeId id) {
        return directory.findById(id).orElseThrow(() -> new EmployeeNotFound(id));
    }

    private <T> T locked(Supplier<T> change) {
        changeLock.lock();
        try {
            return change.get();
        } finally {
            changeLock.unlock();
        }
    }
}
