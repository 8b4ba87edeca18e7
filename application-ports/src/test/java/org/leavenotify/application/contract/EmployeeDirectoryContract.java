package org.leavenotify.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leavenotify.application.leave.port.out.EmployeeDirectoryPort;
import org.leavenotify.domain.leave.Employees;
import org.leavenotify.domain.organisation.Employee;
import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.organisation.Role;
import org.leavenotify.domain.organisation.UsernameTaken;

/** What every {@link EmployeeDirectoryPort} must do. */
public abstract class EmployeeDirectoryContract {

    private EmployeeDirectoryPort directory;

    /** The adapter under test, knowing nobody. */
    protected abstract EmployeeDirectoryPort emptyDirectory();

    @BeforeEach
    void startEmpty() {
        directory = emptyDirectory();
    }

    @Test
    void aSavedEmployeeIsFoundByIdWithEveryField() {
        directory.save(Employees.bob());
        directory.save(Employees.hana());

        assertThat(directory.findById(Employees.BOB)).contains(Employees.bob());
        assertThat(directory.findById(Employees.HANA)).contains(Employees.hana());
    }

    @Test
    void anUnknownEmployeeIsNotFound() {
        assertThat(directory.findById(new EmployeeId("nobody"))).isEmpty();
        assertThat(directory.findByUsername("nobody")).isEmpty();
    }

    @Test
    void usernamesAreComparedExactly() {
        directory.save(Employees.alice());

        assertThat(directory.findByUsername("alice")).contains(Employees.alice());
        assertThat(directory.findByUsername("Alice")).isEmpty();
        assertThat(directory.findByUsername("alice ")).isEmpty();
    }

    @Test
    void savingAnEmployeeAgainReplacesThem() {
        directory.save(Employees.alice());
        Employee renamed = new Employee(Employees.ALICE, "alice.archer", "Alice Archer-Smith",
                Set.of(Role.EMPLOYEE, Role.MANAGER), Employees.HANA, false);

        directory.save(renamed);

        assertThat(directory.findById(Employees.ALICE)).contains(renamed);
        assertThat(directory.findByUsername("alice.archer")).contains(renamed);
        assertThat(directory.findByUsername("alice")).isEmpty();
    }

    @Test
    void theReportsOfAManagerAreTheirDirectReportsOrderedById() {
        directory.save(Employees.hana());
        directory.save(Employees.bob());
        directory.save(Employees.carol());
        directory.save(Employees.alice());
        Employee formerReport = new Employee(new EmployeeId("ann"), "ann", "Ann Ames", Set.of(Role.EMPLOYEE),
                Employees.BOB, false);
        directory.save(formerReport);

        assertThat(directory.findReportsOf(Employees.BOB))
                .containsExactly(Employees.alice(), formerReport, Employees.carol());
        assertThat(directory.findReportsOf(Employees.HANA)).containsExactly(Employees.bob());
        assertThat(directory.findReportsOf(Employees.ALICE)).isEmpty();
    }

    @Test
    void theActiveHoldersOfARoleAreFoundOrderedById() {
        directory.save(Employees.hana());
        directory.save(Employees.bob());
        directory.save(Employees.alice());
        Employee formerHr = new Employee(new EmployeeId("gus"), "gus", "Gus Grey", Set.of(Role.HR_ADMIN), null, false);
        Employee secondHr = new Employee(new EmployeeId("erin"), "erin", "Erin Eady",
                Set.of(Role.EMPLOYEE, Role.HR_ADMIN), null, true);
        directory.save(formerHr);
        directory.save(secondHr);

        assertThat(directory.findActiveWithRole(Role.HR_ADMIN)).extracting(Employee::id)
                .containsExactly(secondHr.id(), Employees.HANA);
        assertThat(directory.findActiveWithRole(Role.MANAGER)).extracting(Employee::id).containsExactly(Employees.BOB);
    }

    @Test
    void savingSomeoneElseWithATakenUsernameIsRefusedAndKeepsTheFirst() {
        directory.save(Employees.alice());
        Employee impostor = new Employee(new EmployeeId("alice-2"), "alice", "Another Alice", Set.of(Role.EMPLOYEE),
                null, true);

        assertThatThrownBy(() -> directory.save(impostor)).isInstanceOf(UsernameTaken.class);

        assertThat(directory.findByUsername("alice")).contains(Employees.alice());
        assertThat(directory.findById(impostor.id())).isEmpty();
    }

    @Test
    void anEmployeeWithoutManagerOrRolesKeepsThat() {
        Employee loner = new Employee(new EmployeeId("zoe"), "zoe", "Zoe Zimmer", Set.of(), null, true);

        directory.save(loner);

        assertThat(directory.findById(loner.id())).contains(loner);
    }
}
