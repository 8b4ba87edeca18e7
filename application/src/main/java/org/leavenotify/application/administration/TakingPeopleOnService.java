package org.leavenotify.application.administration;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.leavenotify.application.administration.port.in.CreateEmployeeUseCase;
import org.leavenotify.application.administration.port.in.ImportEmployeesUseCase;
import org.leavenotify.application.administration.port.out.OrganisationStorePort;
import org.leavenotify.application.auth.NewPasswords;
import org.leavenotify.application.auth.StoredCredentials;
import org.leavenotify.application.auth.port.out.CredentialStorePort;
import org.leavenotify.application.auth.port.out.PasswordHasherPort;
import org.leavenotify.application.leave.port.out.EmployeeDirectoryPort;
import org.leavenotify.application.leave.port.out.LeaveAllowancePort;
import org.leavenotify.domain.leave.LeavePolicy;
import org.leavenotify.domain.leave.WorkingDays;
import org.leavenotify.domain.organisation.Employee;
import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.organisation.ReportingLines;
import org.leavenotify.domain.organisation.UsernameTaken;

/**
 * Taking people on ({@code taking_people_on.feature}): one person, or many from an import, each added as one
 * revision of the organisation ({@link OrganisationRevisions}), then given their allowance of this year and
 * the next and, when there is one, their first password.
 */
public final class TakingPeopleOnService implements CreateEmployeeUseCase, ImportEmployeesUseCase {

    private final EmployeeDirectoryPort directory;
    private final LeaveAllowancePort allowances;
    private final CredentialStorePort credentials;
    private final PasswordHasherPort hasher;
    private final NewPasswords newPasswords;
    private final LeavePolicy policy;
    private final Clock clock;
    private final ReportingLines lines;
    private final OrganisationRevisions revisions;
    private final HrChecks checks;

    public TakingPeopleOnService(EmployeeDirectoryPort directory, OrganisationStorePort organisation,
                                 LeaveAllowancePort allowances, CredentialStorePort credentials,
                                 PasswordHasherPort hasher, NewPasswords newPasswords, LeavePolicy policy, Clock clock) {
        this.directory = directory;
        this.allowances = allowances;
        this.credentials = credentials;
        this.hasher = hasher;
        this.newPasswords = newPasswords;
        this.policy = policy;
        this.clock = clock;
        this.lines = new ReportingLines(Directories.people(directory));
        this.revisions = new OrganisationRevisions(organisation);
        this.checks = new HrChecks(directory);
    }

    /**
     * The password is hashed before the change is planned (BCrypt is slow on purpose). The employee is added
     * first, then their allowances and credentials: if the username was taken a moment ago nothing of someone
     * else's is touched. Should the process stop in between, the employee exists without a password or
     * allowance, and HR sets them.
     */
    @Override
    public Employee create(CreateEmployeeCommand command) {
        String hash = command.initialPassword() == null ? null
                : hasher.hash(newPasswords.check(command.initialPassword(), command.username(), command.displayName()));
        Employee created = revisions.change(() -> {
            Employee actor = checks.administrator(command.actor());
            requireFree(command.username());
            Employee employee = lines.hire(actor, command.username(), command.displayName(), command.roles(),
                    command.managerId());
            return new OrganisationRevisions.Planned<>(OrganisationChange.hiring(List.of(employee)), employee);
        });
        requireWritten(created);
        setUp(created, command.annualAllowance(), hash);
        return created;
    }

    /**
     * Checks every line before adding anyone; then adds them all as one revision, managers first, and sets
     * each up as {@link #create} does, hashing each distinct password once (an import of many people with the
     * same initial password costs one BCrypt hash, not one per person).
     */
    @Override
    public List<Employee> importEmployees(ImportEmployeesCommand command) {
        Map<String, String> hashes = new HashMap<>();
        List<EmployeeImport.Planned> created = revisions.change(() -> {
            Employee actor = checks.administrator(command.actor());
            List<EmployeeImport.Planned> plan = new EmployeeImport(directory, actor, newPasswords).plan(command.lines());
            return new OrganisationRevisions.Planned<>(
                    OrganisationChange.hiring(plan.stream().map(EmployeeImport.Planned::employee).toList()), plan);
        });
        created.forEach(planned -> requireWritten(planned.employee()));
        for (EmployeeImport.Planned planned : created) {
            String password = planned.initialPassword();
            String hash = password == null ? null : hashes.computeIfAbsent(password, hasher::hash);
            setUp(planned.employee(), planned.annualAllowance(), hash);
        }
        return created.stream().map(EmployeeImport.Planned::employee).toList();
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

    /**
     * Someone new is written at their revision unless their id or username was taken meanwhile outside HR's
     * changes (the first administrator's set-up, the demo organisation): then they are refused as taken.
     */
    private void requireWritten(Employee hired) {
        directory.findById(hired.id()).filter(stored -> stored.username().equals(hired.username()))
                .orElseThrow(() -> new UsernameTaken(hired.username()));
    }

    private void requireFree(String username) {
        if (directory.findByUsername(username).isPresent() || directory.findById(new EmployeeId(username)).isPresent()) {
            throw new UsernameTaken(username);
        }
    }
}
