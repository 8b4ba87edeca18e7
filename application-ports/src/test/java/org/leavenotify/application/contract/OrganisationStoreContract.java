package org.leavenotify.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leavenotify.application.administration.OrganisationChange;
import org.leavenotify.application.administration.OrganisationRevision;
import org.leavenotify.application.administration.port.out.OrganisationStorePort;
import org.leavenotify.application.leave.port.out.EmployeeDirectoryPort;
import org.leavenotify.domain.leave.Employees;
import org.leavenotify.domain.organisation.Employee;
import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.organisation.ManagerChanged;
import org.leavenotify.domain.organisation.OrganisationEvent;
import org.leavenotify.domain.organisation.Role;
import org.leavenotify.domain.organisation.UsernameTaken;
import org.leavenotify.domain.shared.EventId;

/**
 * What every {@link OrganisationStorePort} must do, together with the {@link EmployeeDirectoryPort} of
 * the same store: insert without ever replacing, keep an employee and their outbox of organisation
 * events together, and let the dispatcher find and clear the outbox. Instants carry milliseconds.
 */
public abstract class OrganisationStoreContract {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00.123Z");

    private OrganisationStorePort store;
    private EmployeeDirectoryPort directory;

    /** The adapter under test, knowing nobody. */
    protected abstract OrganisationStorePort emptyStore();

    /** The directory port of the same store as {@link #emptyStore()}. */
    protected abstract EmployeeDirectoryPort directoryOfTheSameStore();

    @BeforeEach
    void startEmpty() {
        store = emptyStore();
        directory = directoryOfTheSameStore();
    }

    private static ManagerChanged carolMoved(String eventId, EmployeeId from, EmployeeId to) {
        return new ManagerChanged(new EventId(eventId), Employees.CAROL, from, to, Employees.HANA, NOW);
    }

    // Inserting

    @Test
    void anInsertedEmployeeIsFoundWithEveryField() {
        store.insert(Employees.carol());

        assertThat(directory.findById(Employees.CAROL)).contains(Employees.carol());
        assertThat(directory.findByUsername("carol")).contains(Employees.carol());
    }

    @Test
    void insertingAnIdThatExistsIsRefusedAndKeepsTheFirst() {
        store.insert(Employees.carol());
        Employee sameId = new Employee(Employees.CAROL, "carol.two", "Carol Two", Set.of(Role.EMPLOYEE), null, true);

        assertThatThrownBy(() -> store.insert(sameId)).isInstanceOf(UsernameTaken.class);

        assertThat(directory.findById(Employees.CAROL)).contains(Employees.carol());
    }

    @Test
    void insertingAUsernameThatExistsIsRefusedAndStoresNothing() {
        store.insert(Employees.carol());
        Employee sameUsername = new Employee(new EmployeeId("carol-2"), "carol", "Carol Two", Set.of(Role.EMPLOYEE),
                null, true);

        assertThatThrownBy(() -> store.insert(sameUsername)).isInstanceOf(UsernameTaken.class);

        assertThat(directory.findById(sameUsername.id())).isEmpty();
        assertThat(directory.findByUsername("carol")).contains(Employees.carol());
    }

    @Test
    void ofConcurrentInsertsOfOneUsernameExactlyOneWins() {
        List<Callable<Void>> inserts = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Employee candidate = new Employee(new EmployeeId("dan-" + i), "dan", "Dan " + i, Set.of(Role.EMPLOYEE),
                    null, true);
            inserts.add(() -> {
                store.insert(candidate);
                return null;
            });
        }

        var outcomes = Concurrently.run(inserts);

        assertThat(outcomes.stream().filter(Concurrently.Outcome::succeeded)).hasSize(1);
        assertThat(outcomes.stream().filter(outcome -> !outcome.succeeded()))
                .allSatisfy(outcome -> assertThat(outcome.failure()).isInstanceOf(UsernameTaken.class));
        assertThat(store.findAll()).hasSize(1);
    }

    // Saving with events

    @Test
    void anEmployeeIsSavedWithTheEventsOfTheirChange() {
        store.insert(Employees.carol());
        ManagerChanged moved = carolMoved("ev-1", Employees.BOB, Employees.DAN);

        store.saveWithEvents(Employees.carol().withManager(Employees.DAN), List.of(moved));

        assertThat(directory.findById(Employees.CAROL)).contains(Employees.carol().withManager(Employees.DAN));
        assertThat(store.undispatchedEvents(Employees.CAROL)).containsExactly(moved);
        assertThat(store.findWithUndispatchedEvents(10)).containsExactly(Employees.CAROL);
    }

    @Test
    void eventsWithoutAManagerOnEitherSideSurviveTheStore() {
        store.insert(Employees.carol());
        ManagerChanged toNobody = carolMoved("ev-1", Employees.BOB, null);
        ManagerChanged fromNobody = carolMoved("ev-2", null, Employees.DAN);

        store.saveWithEvents(Employees.carol().withManager(null), List.of(toNobody));
        store.saveWithEvents(Employees.carol().withManager(Employees.DAN), List.of(fromNobody));

        assertThat(store.undispatchedEvents(Employees.CAROL)).containsExactly(toNobody, fromNobody);
    }

    @Test
    void savingAgainKeepsTheEventsAlreadyWaiting() {
        store.insert(Employees.carol());
        ManagerChanged first = carolMoved("ev-1", Employees.BOB, Employees.DAN);
        store.saveWithEvents(Employees.carol().withManager(Employees.DAN), List.of(first));

        directory.save(Employees.carol().withManager(Employees.DAN).withRoles(Set.of(Role.EMPLOYEE, Role.MANAGER)));
        ManagerChanged second = carolMoved("ev-2", Employees.DAN, Employees.BOB);
        store.saveWithEvents(directory.findById(Employees.CAROL).orElseThrow().withManager(Employees.BOB),
                List.of(second));

        assertThat(store.undispatchedEvents(Employees.CAROL)).containsExactly(first, second);
        assertThat(directory.findById(Employees.CAROL).orElseThrow().roles())
                .containsExactlyInAnyOrder(Role.EMPLOYEE, Role.MANAGER);
    }

    @Test
    void savingWithATakenUsernameIsRefusedWithTheEvents() {
        store.insert(Employees.alice());
        store.insert(Employees.carol());
        Employee carolAsAlice = new Employee(Employees.CAROL, "alice", "Carol Chen", Set.of(Role.EMPLOYEE),
                Employees.DAN, true);

        assertThatThrownBy(() -> store.saveWithEvents(carolAsAlice,
                List.of(carolMoved("ev-1", Employees.BOB, Employees.DAN)))).isInstanceOf(UsernameTaken.class);

        assertThat(directory.findById(Employees.CAROL)).contains(Employees.carol());
        assertThat(store.undispatchedEvents(Employees.CAROL)).isEmpty();
    }

    // Dispatching

    @Test
    void markingEventsDispatchedRemovesOnlyThoseEvents() {
        store.insert(Employees.carol());
        ManagerChanged first = carolMoved("ev-1", Employees.BOB, Employees.DAN);
        ManagerChanged second = carolMoved("ev-2", Employees.DAN, Employees.BOB);
        store.saveWithEvents(Employees.carol(), List.of(first, second));

        store.markDispatched(Employees.CAROL, Set.of(first.eventId()));

        assertThat(store.undispatchedEvents(Employees.CAROL)).containsExactly(second);
        store.markDispatched(Employees.CAROL, Set.of(first.eventId(), second.eventId()));
        assertThat(store.undispatchedEvents(Employees.CAROL)).isEmpty();
        assertThat(store.findWithUndispatchedEvents(10)).isEmpty();
        assertThat(directory.findById(Employees.CAROL)).contains(Employees.carol());
    }

    @Test
    void markingUnknownEventsOrEmployeesChangesNothing() {
        store.insert(Employees.carol());
        ManagerChanged moved = carolMoved("ev-1", Employees.BOB, Employees.DAN);
        store.saveWithEvents(Employees.carol(), List.of(moved));

        store.markDispatched(Employees.CAROL, Set.of(new EventId("ev-unknown")));
        store.markDispatched(new EmployeeId("nobody"), Set.of(moved.eventId()));

        assertThat(store.undispatchedEvents(Employees.CAROL)).containsExactly(moved);
        assertThat(store.undispatchedEvents(new EmployeeId("nobody"))).isEmpty();
    }

    @Test
    void theSweepFindsAtMostTheLimit() {
        for (Employee employee : List.of(Employees.alice(), Employees.carol(), Employees.bob())) {
            store.insert(employee);
            store.saveWithEvents(employee, List.<OrganisationEvent>of(new ManagerChanged(
                    new EventId("ev-" + employee.username()), employee.id(), null, null, Employees.HANA, NOW)));
        }
        store.insert(Employees.dan());

        assertThat(store.findWithUndispatchedEvents(10))
                .containsExactlyInAnyOrder(Employees.ALICE, Employees.CAROL, Employees.BOB);
        assertThat(store.findWithUndispatchedEvents(2)).hasSize(2);
        assertThat(store.findWithUndispatchedEvents(0)).isEmpty();
    }

    @Test
    void theSweepFindsAnEmployeeWhoseUsernameLooksLikeAStoreGeneratedId() {
        // 24 hexadecimal characters is a valid username, and what MongoDB drivers take for an ObjectId
        EmployeeId hexLooking = new EmployeeId("0123456789abcdef01234567");
        Employee erin = new Employee(hexLooking, hexLooking.value(), "Erin Hex", Set.of(Role.EMPLOYEE), Employees.BOB, true);
        store.insert(erin);
        ManagerChanged moved = new ManagerChanged(new EventId("ev-hex"), hexLooking, Employees.BOB, Employees.DAN,
                Employees.HANA, NOW);

        store.saveWithEvents(erin.withManager(Employees.DAN), List.of(moved));

        assertThat(store.findWithUndispatchedEvents(10)).containsExactly(hexLooking);
        assertThat(store.undispatchedEvents(hexLooking)).containsExactly(moved);
        assertThat(directory.findByUsername(hexLooking.value())).contains(erin.withManager(Employees.DAN));
    }

    @Test
    void everyoneIsListedByUsername() {
        store.insert(Employees.dan());
        store.insert(Employees.carol());
        directory.save(Employees.alice().deactivated());

        assertThat(store.findAll()).containsExactly(Employees.alice().deactivated(), Employees.carol(),
                Employees.dan());
    }

    // The organisation's revision

    @Test
    void anEmptyStoreIsAtRevisionZeroWithNothingPending() {
        assertThat(store.revision()).isEqualTo(OrganisationRevision.initial());
    }

    @Test
    void aChangeTakesTheNextRevisionAndIsPendingUntilApplied() {
        OrganisationChange hiring = OrganisationChange.hiring(List.of(Employees.carol()));

        assertThat(store.takeRevision(0, hiring)).isTrue();

        assertThat(store.revision()).isEqualTo(new OrganisationRevision(1, Optional.of(hiring)));
        store.applyRevision(1, hiring);
        store.revisionApplied(1);
        assertThat(store.revision()).isEqualTo(new OrganisationRevision(1, Optional.empty()));
        assertThat(directory.findById(Employees.CAROL)).contains(Employees.carol());
    }

    @Test
    void aPendingChangeKeepsEveryFieldAndEvent() {
        ManagerChanged moved = carolMoved("ev-1", Employees.BOB, Employees.DAN);
        OrganisationChange change = new OrganisationChange(List.of(
                new OrganisationChange.EmployeeWrite(Employees.carol().withManager(Employees.DAN), false, List.of(moved)),
                new OrganisationChange.EmployeeWrite(Employees.dan(), true, List.of()),
                new OrganisationChange.EmployeeWrite(Employees.alice().deactivated(), false, List.of())));

        store.takeRevision(0, change);

        assertThat(store.revision().pending()).contains(change);
    }

    @Test
    void aRevisionIsTakenOnlyFromTheRevisionItWasPlannedOn() {
        store.takeRevision(0, OrganisationChange.hiring(List.of(Employees.carol())));
        store.revisionApplied(1);

        assertThat(store.takeRevision(0, OrganisationChange.hiring(List.of(Employees.dan())))).isFalse();
        assertThat(store.takeRevision(2, OrganisationChange.hiring(List.of(Employees.dan())))).isFalse();
        assertThat(store.takeRevision(1, OrganisationChange.hiring(List.of(Employees.dan())))).isTrue();
        assertThat(store.revision().number()).isEqualTo(2);
    }

    @Test
    void noRevisionIsTakenWhileTheLastChangeIsPending() {
        store.takeRevision(0, OrganisationChange.hiring(List.of(Employees.carol())));

        assertThat(store.takeRevision(1, OrganisationChange.hiring(List.of(Employees.dan())))).isFalse();
        assertThat(store.revision().number()).isEqualTo(1);
    }

    @Test
    void ofConcurrentChangesPlannedOnOneRevisionExactlyOneTakesTheNext() {
        for (long planned = 0; planned < 3; planned++) {
            long on = planned;
            List<Callable<Boolean>> takers = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                Employee candidate = new Employee(new EmployeeId("dan-" + on + "-" + i), "dan-" + on + "-" + i, "Dan",
                        Set.of(Role.EMPLOYEE), null, true);
                takers.add(() -> store.takeRevision(on, OrganisationChange.hiring(List.of(candidate))));
            }

            var outcomes = Concurrently.run(takers);

            assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.succeeded()).isTrue());
            assertThat(outcomes.stream().filter(outcome -> Boolean.TRUE.equals(outcome.value()))).hasSize(1);
            assertThat(store.revision().number()).isEqualTo(on + 1);
            store.revisionApplied(on + 1);
        }
    }

    @Test
    void applyingARevisionAgainWritesNothingTwice() {
        store.insert(Employees.carol());
        ManagerChanged moved = carolMoved("ev-1", Employees.BOB, Employees.DAN);
        OrganisationChange change = OrganisationChange.saving(Employees.carol().withManager(Employees.DAN), List.of(moved));
        store.takeRevision(0, change);

        store.applyRevision(1, change);
        store.markDispatched(Employees.CAROL, Set.of(moved.eventId()));
        store.applyRevision(1, change);

        assertThat(directory.findById(Employees.CAROL)).contains(Employees.carol().withManager(Employees.DAN));
        assertThat(store.undispatchedEvents(Employees.CAROL)).isEmpty();
    }

    @Test
    void anOlderRevisionAppliedLateNeverUndoesALaterOne() {
        store.insert(Employees.carol());
        OrganisationChange toDan = OrganisationChange.saving(Employees.carol().withManager(Employees.DAN), List.of());
        OrganisationChange toHana = OrganisationChange.saving(Employees.carol().withManager(Employees.HANA), List.of());
        store.applyRevision(2, toHana);

        store.applyRevision(1, toDan);

        assertThat(directory.findById(Employees.CAROL)).contains(Employees.carol().withManager(Employees.HANA));
    }

    @Test
    void someoneNewIsAddedOnceAndNeverOverSomeoneWhoHoldsTheirUsername() {
        OrganisationChange hiring = OrganisationChange.hiring(List.of(Employees.carol()));
        store.applyRevision(1, hiring);
        store.applyRevision(1, hiring);
        Employee impostor = new Employee(new EmployeeId("carol-2"), "carol", "Another Carol", Set.of(Role.EMPLOYEE),
                null, true);

        store.applyRevision(2, OrganisationChange.hiring(List.of(impostor)));

        assertThat(store.findAll()).containsExactly(Employees.carol());
    }

    @Test
    void forgettingARevisionThatIsNotCurrentChangesNothing() {
        OrganisationChange hiring = OrganisationChange.hiring(List.of(Employees.carol()));
        store.takeRevision(0, hiring);

        store.revisionApplied(7);

        assertThat(store.revision()).isEqualTo(new OrganisationRevision(1, Optional.of(hiring)));
    }
}
