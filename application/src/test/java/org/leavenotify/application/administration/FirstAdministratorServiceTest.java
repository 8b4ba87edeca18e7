package org.leavenotify.application.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.leavenotify.application.administration.port.in.CreateFirstAdministratorUseCase.FirstAdministratorCommand;
import org.leavenotify.application.auth.FakePasswordStrength;
import org.leavenotify.application.auth.NewPasswords;
import org.leavenotify.adapter.memory.InMemoryCredentialStore;
import org.leavenotify.adapter.memory.InMemoryEmployeeDirectory;
import org.leavenotify.adapter.memory.SaltedSha256PasswordHasher;
import org.leavenotify.domain.leave.Employees;
import org.leavenotify.domain.organisation.AnAdministratorExists;
import org.leavenotify.domain.organisation.Employee;
import org.leavenotify.domain.organisation.PasswordTooWeak;
import org.leavenotify.domain.organisation.ReportingLines;
import org.leavenotify.domain.organisation.Role;

/** An installation's first HR administrator: made once, by nobody, with the operator's password. */
class FirstAdministratorServiceTest {

    private static final FirstAdministratorCommand ROSA =
            new FirstAdministratorCommand("rosa", "Rosa Root", "a long and unusual first password");

    private final InMemoryEmployeeDirectory organisation = new InMemoryEmployeeDirectory();
    private final InMemoryCredentialStore credentials = new InMemoryCredentialStore();
    private final SaltedSha256PasswordHasher hasher = new SaltedSha256PasswordHasher();
    private final FirstAdministratorService service = new FirstAdministratorService(organisation, credentials, hasher,
            new NewPasswords(new FakePasswordStrength()));

    private boolean canSignIn(String username, String password) {
        return credentials.findByUsername(username).map(c -> hasher.matches(password, c.passwordHash())).orElse(false);
    }

    @Test
    void anEmptyInstallationGetsItsFirstAdministratorWithTheOperatorsPassword() {
        Employee rosa = service.createFirstAdministrator(ROSA);

        assertThat(rosa.roles()).containsExactlyInAnyOrder(Role.EMPLOYEE, Role.HR_ADMIN);
        assertThat(organisation.findByUsername("rosa")).contains(rosa);
        assertThat(canSignIn("rosa", "a long and unusual first password")).isTrue();
        assertThat(credentials.findByUsername("rosa")).hasValueSatisfying(c ->
                assertThat(c.mustChange()).as("changed at the first sign-in").isTrue());
    }

    @Test
    void onceAnActiveAdministratorExistsNobodyElseIsMadeThisWay() {
        service.createFirstAdministrator(ROSA);

        assertThatThrownBy(() -> service.createFirstAdministrator(
                new FirstAdministratorCommand("sam", "Sam Second", "another long unusual password")))
                .isInstanceOf(AnAdministratorExists.class);
        assertThatThrownBy(() -> service.createFirstAdministrator(ROSA)).as("the same settings at the next start")
                .isInstanceOf(AnAdministratorExists.class);
        assertThat(organisation.findByUsername("sam")).isEmpty();
    }

    @Test
    void anOrganisationWithAnHrAdministratorAlreadyIsLeftAlone() {
        organisation.save(Employees.hana());

        assertThatThrownBy(() -> service.createFirstAdministrator(ROSA)).isInstanceOf(AnAdministratorExists.class);
        assertThat(organisation.findByUsername("rosa")).isEmpty();
    }

    @Test
    void aGuessablePasswordCreatesNobody() {
        assertThatThrownBy(() -> service.createFirstAdministrator(new FirstAdministratorCommand("rosa", "Rosa Root",
                "password123"))).isInstanceOf(PasswordTooWeak.class);

        assertThat(organisation.findByUsername("rosa")).isEmpty();
    }

    @Test
    void aCreationThatStoppedBeforeThePasswordIsCompletedAtTheNextStart() {
        organisation.insert(ReportingLines.firstAdministrator("rosa", "Rosa Root", organisation.findAll()));

        service.createFirstAdministrator(ROSA);

        assertThat(canSignIn("rosa", "a long and unusual first password")).isTrue();
    }
}
