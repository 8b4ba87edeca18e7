package org.leavenotify.application.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.leavenotify.application.demo.DemoOrganisation.BOB;
import static org.leavenotify.application.demo.DemoOrganisation.HANA;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.leavenotify.application.HrDesk;
import org.leavenotify.application.InMemoryApplication;
import org.leavenotify.application.administration.EmployeeImportRejected.LineError;
import org.leavenotify.application.administration.port.in.ImportEmployeesUseCase.EmployeeLine;
import org.leavenotify.application.administration.port.in.ImportEmployeesUseCase.ImportEmployeesCommand;
import org.leavenotify.application.auth.port.out.PasswordHasherPort;
import org.leavenotify.adapter.memory.SaltedSha256PasswordHasher;
import org.leavenotify.domain.leave.WorkingDays;
import org.leavenotify.domain.organisation.Employee;
import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.organisation.NotAnAdministrator;
import org.leavenotify.domain.organisation.Role;
import org.leavenotify.domain.shared.DomainRefusal;

/** Importing many people at once: all or nothing, every wrong line reported, managers first. */
class EmployeeImportTest {

    private final InMemoryApplication app = new InMemoryApplication();
    private final List<EmployeeLine> lines = new ArrayList<>();

    private EmployeeImportTest line(String username, String displayName, String roles, String manager,
                                    String allowance) {
        return line(username, displayName, roles, manager, allowance, null);
    }

    private EmployeeImportTest line(String username, String displayName, String roles, String manager,
                                    String allowance, String password) {
        lines.add(new EmployeeLine(lines.size() + 2, username, displayName, roles, manager, allowance, password));
        return this;
    }

    private List<Employee> importThem() {
        return app.administration.importEmployees(new ImportEmployeesCommand(HANA, lines));
    }

    private List<LineError> refusal() {
        EmployeeImportRejected rejected = catchThrowableOfType(EmployeeImportRejected.class, this::importThem);
        assertThat(rejected).as("the import was refused").isNotNull();
        assertThat(rejected.kind()).isEqualTo(DomainRefusal.Kind.INVALID_INPUT);
        return rejected.errors();
    }

    @Test
    void everyoneOnTheLinesIsCreatedWithTheirManagerRolesAndAllowance() {
        line("dan", "Dan Doyle", "EMPLOYEE|MANAGER", "", "25");
        line("erin", "Erin Eve", "", "dan", "22.5");
        line("finn", "Finn Fox", "employee", "bob", "20");

        List<Employee> created = importThem();

        assertThat(created).extracting(Employee::username).containsExactly("dan", "erin", "finn");
        assertThat(app.directory.findById(new EmployeeId("erin"))).contains(new Employee(new EmployeeId("erin"),
                "erin", "Erin Eve", Set.of(Role.EMPLOYEE), new EmployeeId("dan"), true));
        assertThat(app.directory.findById(new EmployeeId("dan")).orElseThrow().roles())
                .containsExactlyInAnyOrder(Role.EMPLOYEE, Role.MANAGER);
        assertThat(app.directory.findById(new EmployeeId("finn")).orElseThrow().managerId()).isEqualTo(BOB);
        assertThat(app.allowances.annualAllowance(new EmployeeId("erin"), 2026)).isEqualTo(new WorkingDays(45));
        assertThat(app.allowances.annualAllowance(new EmployeeId("erin"), 2027)).isEqualTo(new WorkingDays(45));
    }

    @Test
    void aManagerListedAfterTheirReportsIsCreatedBeforeThem() {
        line("erin", "Erin Eve", "", "dan", "25");
        line("gus", "Gus Gray", "MANAGER", "dan", "25");
        line("hal", "Hal Hill", "", "gus", "25");
        line("dan", "Dan Doyle", "MANAGER", "", "25");

        assertThat(importThem()).extracting(Employee::username).containsExactly("dan", "erin", "gus", "hal");
    }

    @Test
    void oneWrongLineCreatesNobodyAndEveryWrongLineIsReported() {
        line("dan", "Dan Doyle", "MANAGER", "", "25");
        line("Erin", "Erin Eve", "", "dan", "25");
        line("finn", "", "", "dan", "25");
        line("gus", "Gus Gray", "BOSS", "dan", "25");
        line("hal", "Hal Hill", "", "dan", "twenty");
        line("ivy", "Ivy Ives", "", "dan", "400");
        line("jo", "Jo Jones", "", "dan", "");

        List<LineError> errors = refusal();

        assertThat(errors).extracting(LineError::line).containsExactly(3, 4, 5, 6, 7, 8);
        assertThat(errors.get(0).message()).contains("'Erin' is not a valid username");
        assertThat(errors.get(1).message()).contains("display name is required");
        assertThat(errors.get(2).message()).contains("unknown role 'BOSS'").contains("separated by '|'");
        assertThat(errors.get(3).message()).contains("'twenty' is not a number of days");
        assertThat(errors.get(4).message()).contains("0 to 366 days");
        assertThat(errors.get(5).message()).contains("allowance is missing");
        assertThat(app.directory.findById(new EmployeeId("dan"))).isEmpty();
        assertThat(app.allowances.annualAllowance(new EmployeeId("dan"), 2026)).isEqualTo(WorkingDays.NONE);
    }

    @Test
    void takenAndRepeatedUsernamesAreReported() {
        line("alice", "Alice Again", "", "bob", "25");
        line("dan", "Dan Doyle", "MANAGER", "", "25");
        line("dan", "Dan Again", "", "", "25");

        List<LineError> errors = refusal();

        assertThat(errors).containsExactly(new LineError(2, "the username 'alice' is taken"),
                new LineError(4, "the username 'dan' is also on line 3"));
    }

    @Test
    void managersMustBeActiveManagersHereOrInTheFile() {
        line("dan", "Dan Doyle", "", "", "25");
        line("erin", "Erin Eve", "", "dan", "25");
        line("finn", "Finn Fox", "", "alice", "25");
        line("gus", "Gus Gray", "", "nobody", "25");
        line("hal", "Hal Hill", "", "Bad Name", "25");

        List<LineError> errors = refusal();

        assertThat(errors).extracting(LineError::line).containsExactly(3, 4, 5, 6);
        assertThat(errors.get(0).message()).contains("dan cannot be a manager");
        assertThat(errors.get(1).message()).contains("alice cannot be a manager");
        assertThat(errors.get(2).message()).contains("'nobody' is neither an employee nor on a line");
    }

    @Test
    void aManagerOnAWrongLineIsReportedOnTheLinesThatNameThem() {
        line("dan", "Dan Doyle", "MANAGER", "", "x");
        line("erin", "Erin Eve", "", "dan", "25");

        List<LineError> errors = refusal();

        assertThat(errors).extracting(LineError::line).containsExactly(2, 3);
        assertThat(errors.get(1).message()).isEqualTo("the manager 'dan' is on line 2, which is wrong");
    }

    @Test
    void managersWhoWouldManageEachOtherAreReported() {
        line("dan", "Dan Doyle", "MANAGER", "erin", "25");
        line("erin", "Erin Eve", "MANAGER", "dan", "25");
        line("finn", "Finn Fox", "MANAGER", "finn", "25");

        List<LineError> errors = refusal();

        assertThat(errors).extracting(LineError::line).containsExactly(2, 3, 4);
        assertThat(errors).allSatisfy(error -> assertThat(error.message()).contains("cannot report to"));
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThat(refusal()).containsExactly(new LineError(0, "the file lists nobody"));
    }

    @Test
    void aShortPasswordIsReportedOnItsLine() {
        line("dan", "Dan Doyle", "", "bob", "25", "short");

        assertThat(refusal()).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(2);
            assertThat(error.message()).contains("at least 10 characters");
        });
    }

    @Test
    void onlyHrImports() {
        line("dan", "Dan Doyle", "", "bob", "25");

        assertThat(catchThrowableOfType(NotAnAdministrator.class, () -> app.administration.importEmployees(
                new ImportEmployeesCommand(BOB, lines)))).isNotNull();
        assertThat(app.directory.findById(new EmployeeId("dan"))).isEmpty();
    }

    @Test
    void manyPeopleWithTheSameInitialPasswordCostOneHash() {
        CountingHasher hasher = new CountingHasher();
        HrDesk administration = new HrDesk(app.directory, app.directory,
                app.allowances, app.requests, app.ledgers, app.credentials, hasher, app.newPasswords,
                new org.leavenotify.application.auth.SessionRevocation(app.sessionGenerations, app.sessionTermination),
                app.organisationChanges, app.ids, app.policy, app.clock);
        for (int i = 0; i < 50; i++) {
            line("person" + i, "Person " + i, "", "bob", "25", "welcome to the team");
        }
        line("other", "Other", "", "bob", "25", "spring rain on the roof");

        administration.importEmployees(new ImportEmployeesCommand(HANA, lines));

        assertThat(hasher.hashes).isEqualTo(2);
        assertThat(app.credentials.findByUsername("person49")).isPresent();
        assertThat(app.authentication(new HrAdministrationTest.NoteTokens())
                .logIn(new org.leavenotify.application.auth.port.in.LogInUseCase.LogInCommand("person7",
                        "welcome to the team"))).isNotNull();
    }

    private static final class CountingHasher implements PasswordHasherPort {
        private final SaltedSha256PasswordHasher real = new SaltedSha256PasswordHasher();
        int hashes;

        @Override
        public synchronized String hash(String rawPassword) {
            hashes++;
            return real.hash(rawPassword);
        }

        @Override
        public boolean matches(String rawPassword, String hash) {
            return real.matches(rawPassword, hash);
        }
    }
}
