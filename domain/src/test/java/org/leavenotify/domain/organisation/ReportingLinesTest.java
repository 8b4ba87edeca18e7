package org.leavenotify.domain.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.leavenotify.domain.leave.LeaveRequests.NOW;
import static org.leavenotify.domain.leave.LeaveRequests.nextEventId;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.leavenotify.domain.leave.Employees;
import org.leavenotify.domain.shared.DomainRefusal;
import org.leavenotify.domain.shared.EventId;
import org.leavenotify.domain.shared.InvalidValue;

/** The rules of HR administration, over our examples: Alice and Carol report to Bob, Bob and Dan to Hana. */
class ReportingLinesTest {

    private final Map<EmployeeId, Employee> people = new LinkedHashMap<>();
    private final ReportingLines lines = new ReportingLines(new ReportingLines.People() {
        @Override
        public Optional<Employee> find(EmployeeId id) {
            return Optional.ofNullable(people.get(id));
        }

        @Override
        public List<Employee> reportsOf(EmployeeId manager) {
            return people.values().stream().filter(e -> manager.equals(e.managerId())).toList();
        }
    });

    ReportingLinesTest() {
        for (Employee e : List.of(Employees.hana(), Employees.bob(), Employees.dan(), Employees.alice(),
                Employees.carol())) {
            people.put(e.id(), e);
        }
    }

    private void replace(Employee employee) {
        people.put(employee.id(), employee);
    }

    @Nested
    class OnlyHr {

        @Test
        void anEmployeeOrAManagerMayNotAdministerAnything() {
            assertThatThrownBy(() -> lines.hire(Employees.bob(), "erin", "Erin Eve", Set.of(), Employees.BOB))
                    .isInstanceOf(NotAnAdministrator.class)
                    .satisfies(e -> assertThat(((DomainRefusal) e).kind()).isEqualTo(DomainRefusal.Kind.NOT_ALLOWED));
            assertThatThrownBy(() -> lines.changeManager(Employees.alice(), Employees.carol(), Employees.DAN,
                    nextEventId(), NOW)).isInstanceOf(NotAnAdministrator.class);
            assertThatThrownBy(() -> lines.changeRoles(Employees.bob(), Employees.alice(), Set.of(Role.MANAGER)))
                    .isInstanceOf(NotAnAdministrator.class);
            assertThatThrownBy(() -> lines.deactivate(Employees.bob(), Employees.alice()))
                    .isInstanceOf(NotAnAdministrator.class);
        }

        @Test
        void aDeactivatedAdministratorMayNotAdministerAnything() {
            Employee formerHr = Employees.hana().deactivated();

            assertThatThrownBy(() -> lines.deactivate(formerHr, Employees.alice()))
                    .isInstanceOf(NotAnAdministrator.class);
        }
    }

    @Nested
    class Hiring {

        @Test
        void aNewEmployeeIsActiveHasTheEmployeeRoleAndTheirUsernameAsId() {
            Employee erin = lines.hire(Employees.hana(), "erin", " Erin Eve ", Set.of(Role.MANAGER), Employees.BOB);

            assertThat(erin).isEqualTo(new Employee(new EmployeeId("erin"), "erin", "Erin Eve",
                    Set.of(Role.EMPLOYEE, Role.MANAGER), Employees.BOB, true));
        }

        @Test
        void hrIsNotAManagerWithoutTheManagerRole() {
            assertThatThrownBy(() -> lines.hire(Employees.hana(), "erin", "Erin", Set.of(), Employees.HANA))
                    .isInstanceOf(NotAnActiveManager.class);
        }

        @Test
        void someoneAtTheTopHasNoManager() {
            assertThat(lines.hire(Employees.hana(), "ceo", "Chief", Set.of(), null).managerId()).isNull();
        }

        @Test
        void theManagerMustBeAnActiveEmployeeWithTheManagerRole() {
            replace(Employees.dan().deactivated());

            assertThatThrownBy(() -> lines.hire(Employees.hana(), "erin", "Erin", Set.of(), Employees.ALICE))
                    .isInstanceOf(NotAnActiveManager.class)
                    .satisfies(e -> assertThat(((DomainRefusal) e).kind()).isEqualTo(DomainRefusal.Kind.BUSINESS_RULE));
            assertThatThrownBy(() -> lines.hire(Employees.hana(), "erin", "Erin", Set.of(), Employees.DAN))
                    .isInstanceOf(NotAnActiveManager.class);
            assertThatThrownBy(() -> lines.hire(Employees.hana(), "erin", "Erin", Set.of(), new EmployeeId("nobody")))
                    .isInstanceOf(NotAnActiveManager.class);
        }

        @Test
        void usernamesAreLowerCaseLettersDigitsDotsDashesAndUnderscores() {
            for (String bad : new String[] {"Erin", "e", "erin smith", "-erin", "erin@example.com", "",
                    "a".repeat(65)}) {
                assertThatThrownBy(() -> lines.hire(Employees.hana(), bad, "Erin", Set.of(), null))
                        .as(bad).isInstanceOf(InvalidUsername.class);
            }
            assertThat(lines.hire(Employees.hana(), "erin.eve-2_x", "Erin", Set.of(), null).username())
                    .isEqualTo("erin.eve-2_x");
        }

        @Test
        void aDisplayNameIsRequiredAndShort() {
            assertThatThrownBy(() -> lines.hire(Employees.hana(), "erin", " ", Set.of(), null))
                    .isInstanceOf(InvalidValue.class);
            assertThatThrownBy(() -> lines.hire(Employees.hana(), "erin", "E".repeat(101), Set.of(), null))
                    .isInstanceOf(InvalidValue.class);
        }
    }

    @Nested
    class ChangingManager {

        @Test
        void movingCarolToDanRaisesTheChangeWithBothManagers() {
            EventId eventId = nextEventId();

            ManagerChange change = lines.changeManager(Employees.hana(), Employees.carol(), Employees.DAN, eventId, NOW);

            assertThat(change.employee()).isEqualTo(Employees.carol().withManager(Employees.DAN));
            assertThat(change.event()).contains(new ManagerChanged(eventId, Employees.CAROL, Employees.BOB,
                    Employees.DAN, Employees.HANA, NOW));
        }

        @Test
        void movingSomeoneToTheManagerTheyHaveChangesNothing() {
            ManagerChange change = lines.changeManager(Employees.hana(), Employees.carol(), Employees.BOB,
                    nextEventId(), NOW);

            assertThat(change.employee()).isEqualTo(Employees.carol());
            assertThat(change.event()).isEmpty();
        }

        @Test
        void theNewManagerMustBeAnActiveManager() {
            assertThatThrownBy(() -> lines.changeManager(Employees.hana(), Employees.carol(), Employees.ALICE,
                    nextEventId(), NOW)).isInstanceOf(NotAnActiveManager.class);
        }

        @Test
        void nobodyManagesThemselves() {
            assertThatThrownBy(() -> lines.changeManager(Employees.hana(), Employees.bob(), Employees.BOB,
                    nextEventId(), NOW)).isInstanceOf(ReportingCycle.class);
        }

        @Test
        void nobodyEndsUpManagingThemselvesThroughAChain() {
            // Bob manages Dan, who would then manage Bob's manager... Hana is HR, so give her the manager role
            replace(Employees.dan().withManager(Employees.BOB));
            Employee hanaTheManager = Employees.hana().withRoles(Set.of(Role.EMPLOYEE, Role.HR_ADMIN, Role.MANAGER));
            replace(hanaTheManager);

            assertThatThrownBy(() -> lines.changeManager(hanaTheManager, people.get(Employees.BOB), Employees.DAN,
                    nextEventId(), NOW))
                    .isInstanceOf(ReportingCycle.class)
                    .satisfies(e -> assertThat(((DomainRefusal) e).kind()).isEqualTo(DomainRefusal.Kind.BUSINESS_RULE));
        }

        @Test
        void aCycleAlreadyInTheDataDoesNotHangTheCheck() {
            Employee x = new Employee(new EmployeeId("x"), "x1", "X", Set.of(Role.MANAGER), new EmployeeId("y"), true);
            Employee y = new Employee(new EmployeeId("y"), "y1", "Y", Set.of(Role.MANAGER), new EmployeeId("x"), true);
            replace(x);
            replace(y);

            ManagerChange change = lines.changeManager(Employees.hana(), Employees.carol(), x.id(), nextEventId(), NOW);

            assertThat(change.employee().managerId()).isEqualTo(x.id());
        }

        @Test
        void someoneCanBeMovedOutOfAnyTeam() {
            ManagerChange change = lines.changeManager(Employees.hana(), Employees.carol(), null, nextEventId(), NOW);

            assertThat(change.employee().managerId()).isNull();
            assertThat(change.event()).hasValueSatisfying(e -> assertThat(e.newManagerId()).isNull());
        }

        @Test
        void aDeactivatedEmployeeCannotBeMoved() {
            assertThatThrownBy(() -> lines.changeManager(Employees.hana(), Employees.carol().deactivated(),
                    Employees.DAN, nextEventId(), NOW))
                    .isInstanceOf(EmployeeInactive.class)
                    .satisfies(e -> assertThat(((DomainRefusal) e).kind()).isEqualTo(DomainRefusal.Kind.STATE_CONFLICT));
        }
    }

    @Nested
    class ChangingRoles {

        @Test
        void aliceBecomesAManagerAndKeepsTheEmployeeRole() {
            assertThat(lines.changeRoles(Employees.hana(), Employees.alice(), Set.of(Role.MANAGER)).roles())
                    .containsExactlyInAnyOrder(Role.EMPLOYEE, Role.MANAGER);
        }

        @Test
        void aManagerWithActiveReportsKeepsTheManagerRole() {
            assertThatThrownBy(() -> lines.changeRoles(Employees.hana(), Employees.bob(), Set.of(Role.EMPLOYEE)))
                    .isInstanceOf(ManagerStillHasReports.class)
                    .hasMessageContaining("2 active employees");
        }

        @Test
        void aManagerWhoseReportsAreAllInactiveMayLoseTheRole() {
            replace(Employees.alice().deactivated());
            replace(Employees.carol().deactivated());

            assertThat(lines.changeRoles(Employees.hana(), Employees.bob(), Set.of()).roles())
                    .containsExactly(Role.EMPLOYEE);
        }

        @Test
        void anAdministratorCannotDropTheirOwnHrRole() {
            assertThatThrownBy(() -> lines.changeRoles(Employees.hana(), Employees.hana(), Set.of(Role.EMPLOYEE)))
                    .isInstanceOf(CannotRemoveOwnAccess.class);
        }
    }

    @Nested
    class Deactivating {

        @Test
        void aliceIsDeactivated() {
            assertThat(lines.deactivate(Employees.hana(), Employees.alice()).active()).isFalse();
        }

        @Test
        void aManagerWithActiveReportsStaysUntilTheyAreMoved() {
            assertThatThrownBy(() -> lines.deactivate(Employees.hana(), Employees.bob()))
                    .isInstanceOf(ManagerStillHasReports.class)
                    .satisfies(e -> assertThat(((DomainRefusal) e).kind()).isEqualTo(DomainRefusal.Kind.STATE_CONFLICT));

            replace(Employees.alice().withManager(Employees.DAN));
            replace(Employees.carol().withManager(Employees.DAN));

            assertThat(lines.deactivate(Employees.hana(), Employees.bob()).active()).isFalse();
        }

        @Test
        void anAdministratorCannotDeactivateThemselves() {
            assertThatThrownBy(() -> lines.deactivate(Employees.hana(), Employees.hana()))
                    .isInstanceOf(CannotRemoveOwnAccess.class);
        }

        @Test
        void deactivatingSomeoneInactiveChangesNothing() {
            Employee inactive = Employees.alice().deactivated();

            assertThat(lines.deactivate(Employees.hana(), inactive)).isEqualTo(inactive);
        }
    }

    @Test
    void theFirstAdministratorIsHiredByNobodyButOnlyWhileNoActiveAdministratorExists() {
        Employee first = ReportingLines.firstAdministrator("root", "Rosa Root", List.of());

        assertThat(first.roles()).containsExactlyInAnyOrder(Role.EMPLOYEE, Role.HR_ADMIN);
        assertThat(first.manager()).isEmpty();
        assertThatThrownBy(() -> ReportingLines.firstAdministrator("second", "Sam Second", List.of(first)))
                .isInstanceOf(AnAdministratorExists.class);
        Employee gone = new Employee(first.id(), first.username(), first.displayName(), first.roles(), null, false);
        assertThat(ReportingLines.firstAdministrator("second", "Sam Second", List.of(gone)).username())
                .as("after the only one was deactivated").isEqualTo("second");
        assertThatThrownBy(() -> ReportingLines.firstAdministrator("Not Valid!", "X", List.of()))
                .isInstanceOf(DomainRefusal.class);
    }
}
