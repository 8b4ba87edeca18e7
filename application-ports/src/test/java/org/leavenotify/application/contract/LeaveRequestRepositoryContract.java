package org.leavenotify.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leavenotify.application.leave.port.out.LeaveRequestRepositoryPort;
import org.leavenotify.application.shared.ConcurrentUpdate;
import org.leavenotify.domain.leave.Employees;
import org.leavenotify.domain.leave.HolidayCalendar;
import org.leavenotify.domain.leave.LeaveEvent;
import org.leavenotify.domain.leave.LeavePeriod;
import org.leavenotify.domain.leave.LeaveRequest;
import org.leavenotify.domain.leave.LeaveRequestId;
import org.leavenotify.domain.leave.LeaveRequests;
import org.leavenotify.domain.leave.LeaveStatus;
import org.leavenotify.domain.leave.LeaveType;
import org.leavenotify.domain.leave.WorkingDays;
import org.leavenotify.domain.shared.EventId;

/**
 * What every {@link LeaveRequestRepositoryPort} must do: keep a request and its outbox together,
 * refuse lost updates and duplicate inserts, and let the dispatcher find and clear the outbox.
 *
 * <p>Instants carry milliseconds, the precision every store keeps.
 */
public abstract class LeaveRequestRepositoryContract {

    private static final Instant NOW = LeaveRequests.NOW;
    private static final LocalDate MONDAY = LeaveRequests.MONDAY;

    private LeaveRequestRepositoryPort repository;

    /** The adapter under test, holding no requests. */
    protected abstract LeaveRequestRepositoryPort emptyRepository();

    @BeforeEach
    void startEmpty() {
        repository = emptyRepository();
    }

    // Saving and loading

    @Test
    void aNewRequestIsStoredAtVersionOneWithItsSubmittedEvent() {
        LeaveRequest request = LeaveRequests.aPendingRequest();

        LeaveRequest saved = repository.save(request);

        assertThat(saved.version()).isEqualTo(1);
        LeaveRequest loaded = repository.findById(request.id()).orElseThrow();
        assertSameRequest(loaded, saved);
        assertThat(loaded.undispatchedEvents()).isEqualTo(request.undispatchedEvents());
    }

    @Test
    void everyFieldAndEveryKindOfEventSurvivesTheStore() {
        LeaveRequest approvedThenCancelled = LeaveRequests.aRequest()
                .over(new LeavePeriod(MONDAY, MONDAY.plusDays(4), true, true))
                .at(NOW.plusMillis(123))
                .submit();
        approvedThenCancelled.approve(Employees.bob(), Employees.alice(), "Enjoy", NOW.plusMillis(456),
                LeaveRequests.nextEventId());
        approvedThenCancelled.cancel(Employees.alice(), "Plans changed", NOW.plusMillis(789), LeaveRequests.POLICY,
                LeaveRequests.nextEventId());
        LeaveRequest rejected = LeaveRequests.aRequest().by(Employees.carol()).ofType(LeaveType.UNPAID)
                .because(null).submit();
        rejected.reject(Employees.hana(), Employees.carol(), "Team is short", NOW.plusSeconds(5),
                LeaveRequests.nextEventId());

        repository.save(approvedThenCancelled);
        repository.save(rejected);

        LeaveRequest loaded = repository.findById(approvedThenCancelled.id()).orElseThrow();
        assertSameRequest(loaded, approvedThenCancelled.withVersion(1));
        assertThat(loaded.undispatchedEvents()).hasSize(3).isEqualTo(approvedThenCancelled.undispatchedEvents());
        LeaveRequest loadedRejected = repository.findById(rejected.id()).orElseThrow();
        assertSameRequest(loadedRejected, rejected.withVersion(1));
        assertThat(loadedRejected.undispatchedEvents()).isEqualTo(rejected.undispatchedEvents());
    }

    @Test
    void anUnknownIdIsNotFound() {
        assertThat(repository.findById(new LeaveRequestId("lr-unknown"))).isEmpty();
    }

    @Test
    void savingAtTheVersionItWasReadAtReplacesTheRequestAndMovesTheVersionOn() {
        LeaveRequest saved = repository.save(LeaveRequests.aPendingRequest());
        LeaveRequest read = repository.findById(saved.id()).orElseThrow();
        read.approve(Employees.bob(), Employees.alice(), null, NOW, LeaveRequests.nextEventId());

        LeaveRequest approved = repository.save(read);

        assertThat(approved.version()).isEqualTo(2);
        LeaveRequest loaded = repository.findById(saved.id()).orElseThrow();
        assertSameRequest(loaded, approved);
        assertThat(loaded.undispatchedEvents()).hasSize(2);
    }

    @Test
    void changingALoadedRequestChangesNothingStoredUntilItIsSaved() {
        LeaveRequest saved = repository.save(LeaveRequests.aPendingRequest());
        LeaveRequest read = repository.findById(saved.id()).orElseThrow();

        read.approve(Employees.bob(), Employees.alice(), null, NOW, LeaveRequests.nextEventId());

        LeaveRequest stored = repository.findById(saved.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(LeaveStatus.PENDING);
        assertThat(stored.undispatchedEvents()).hasSize(1);
    }

    @Test
    void aReassignedRequestKeepsItsNewApproverAndTheEventAboutIt() {
        LeaveRequest saved = repository.save(LeaveRequests.aRequest().by(Employees.carol()).submit());
        LeaveRequest read = repository.findById(saved.id()).orElseThrow();
        LeaveEvent reassigned = read.reassign(Employees.DAN, Employees.HANA, NOW.plusMillis(7),
                LeaveRequests.nextEventId()).orElseThrow();

        repository.save(read);

        LeaveRequest loaded = repository.findById(saved.id()).orElseThrow();
        assertThat(loaded.approverId()).isEqualTo(Employees.DAN);
        assertThat(loaded.undispatchedEvents()).hasSize(2).last().isEqualTo(reassigned);
    }

    @Test
    void aRecountedRequestKeepsItsNewWorkingDays() {
        LeaveRequest saved = repository.save(LeaveRequests.aPendingRequest());
        LeaveRequest read = repository.findById(saved.id()).orElseThrow();
        read.recount(new HolidayCalendar(Set.of(MONDAY)));

        repository.save(read);

        assertThat(repository.findById(saved.id()).orElseThrow().workingDays())
                .isEqualTo(WorkingDays.of(2));
    }

    // Refusing lost updates

    @Test
    void savingAStaleVersionIsRefusedAndKeepsTheStoredRequest() {
        LeaveRequest saved = repository.save(LeaveRequests.aPendingRequest());
        LeaveRequest first = repository.findById(saved.id()).orElseThrow();
        LeaveRequest second = repository.findById(saved.id()).orElseThrow();
        first.approve(Employees.bob(), Employees.alice(), "First", NOW, LeaveRequests.nextEventId());
        second.reject(Employees.bob(), Employees.alice(), "Second", NOW, LeaveRequests.nextEventId());
        repository.save(first);

        assertThatThrownBy(() -> repository.save(second)).isInstanceOf(ConcurrentUpdate.class);

        LeaveRequest stored = repository.findById(saved.id()).orElseThrow();
        assertThat(stored.decisionComment()).isEqualTo("First");
        assertThat(stored.version()).isEqualTo(2);
    }

    @Test
    void insertingAnIdThatExistsIsRefused() {
        LeaveRequest request = LeaveRequests.aPendingRequest();
        repository.save(request);

        assertThatThrownBy(() -> repository.save(request)).isInstanceOf(ConcurrentUpdate.class);

        assertThat(repository.findById(request.id()).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void savingARequestThatWasNeverStoredAtALaterVersionIsRefused() {
        LeaveRequest neverStored = LeaveRequests.aPendingRequest().withVersion(3);

        assertThatThrownBy(() -> repository.save(neverStored)).isInstanceOf(ConcurrentUpdate.class);

        assertThat(repository.findById(neverStored.id())).isEmpty();
    }

    @Test
    void ofConcurrentSavesFromOneVersionExactlyOneWins() {
        LeaveRequest saved = repository.save(LeaveRequests.aPendingRequest());
        List<Callable<LeaveRequest>> decisions = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            LeaveRequest read = repository.findById(saved.id()).orElseThrow();
            read.approve(Employees.bob(), Employees.alice(), "Decision " + i, NOW, LeaveRequests.nextEventId());
            decisions.add(() -> repository.save(read));
        }

        var outcomes = Concurrently.run(decisions);

        assertThat(outcomes.stream().filter(Concurrently.Outcome::succeeded)).hasSize(1);
        assertThat(outcomes.stream().filter(outcome -> !outcome.succeeded()))
                .hasSize(4)
                .allSatisfy(outcome -> assertThat(outcome.failure()).isInstanceOf(ConcurrentUpdate.class));
        LeaveRequest stored = repository.findById(saved.id()).orElseThrow();
        assertThat(stored.version()).isEqualTo(2);
        assertThat(stored.undispatchedEvents()).hasSize(2);
    }

    // Queries

    @Test
    void theRequestsOfSomeEmployeesComeNewestFirst() {
        LeaveRequest alicesOld = repository.save(LeaveRequests.aRequest().at(NOW).submit());
        LeaveRequest carols = repository.save(LeaveRequests.aRequest().by(Employees.carol()).at(NOW.plusSeconds(60))
                .submit());
        LeaveRequest alicesNew = repository.save(LeaveRequests.aRequest().from(MONDAY.plusDays(7), MONDAY.plusDays(8))
                .at(NOW.plusSeconds(120)).submit());
        repository.save(LeaveRequests.aRequest().by(Employees.bob()).at(NOW.plusSeconds(30)).submit());

        List<LeaveRequest> found = repository.findByEmployees(Set.of(Employees.ALICE, Employees.CAROL));

        assertThat(found).extracting(LeaveRequest::id).containsExactly(alicesNew.id(), carols.id(), alicesOld.id());
        assertThat(repository.findByEmployees(Set.of(Employees.ALICE))).extracting(LeaveRequest::id)
                .containsExactly(alicesNew.id(), alicesOld.id());
    }

    @Test
    void requestsAreFoundByTheirIdsAndUnknownIdsAreLeftOut() {
        LeaveRequest alices = repository.save(LeaveRequests.aRequest().at(NOW).submit());
        LeaveRequest carols = repository.save(LeaveRequests.aRequest().by(Employees.carol()).at(NOW).submit());
        repository.save(LeaveRequests.aRequest().by(Employees.bob()).at(NOW).submit());

        List<LeaveRequest> found = repository.findByIds(List.of(alices.id(), carols.id(), new LeaveRequestId("lr-unknown")));

        assertThat(found).extracting(LeaveRequest::id).containsExactlyInAnyOrder(alices.id(), carols.id());
        assertThat(repository.findByIds(List.of())).isEmpty();
    }

    @Test
    void nobodysRequestsAreNone() {
        repository.save(LeaveRequests.aPendingRequest());

        assertThat(repository.findByEmployees(Set.of())).isEmpty();
        assertThat(repository.findByEmployees(Set.of(Employees.DAN))).isEmpty();
    }

    // The outbox

    @Test
    void requestsWithUndispatchedEventsAreFoundOldestFirstUpToTheLimit() {
        LeaveRequest second = repository.save(LeaveRequests.aRequest().at(NOW.plusSeconds(20)).submit());
        LeaveRequest first = repository.save(LeaveRequests.aRequest().by(Employees.carol()).at(NOW.plusSeconds(10))
                .submit());
        LeaveRequest third = repository.save(LeaveRequests.aRequest().by(Employees.bob()).at(NOW.plusSeconds(30))
                .submit());
        LeaveRequest dispatched = repository.save(LeaveRequests.aRequest().by(Employees.dan()).at(NOW).submit());
        repository.markDispatched(dispatched.id(), eventIds(dispatched));

        assertThat(repository.findWithUndispatchedEvents(10)).containsExactly(first.id(), second.id(), third.id());
        assertThat(repository.findWithUndispatchedEvents(2)).containsExactly(first.id(), second.id());
    }

    @Test
    void anEmptyStoreHasNoUndispatchedEvents() {
        assertThat(repository.findWithUndispatchedEvents(10)).isEmpty();
    }

    @Test
    void aLimitOfZeroFindsNothing() {
        repository.save(LeaveRequests.aPendingRequest());

        assertThat(repository.findWithUndispatchedEvents(0)).isEmpty();
    }

    @Test
    void markingEventsDispatchedRemovesOnlyThoseAndMovesTheVersionOn() {
        LeaveRequest saved = repository.save(LeaveRequests.aPendingRequest());
        LeaveRequest read = repository.findById(saved.id()).orElseThrow();
        read.approve(Employees.bob(), Employees.alice(), null, NOW, LeaveRequests.nextEventId());
        LeaveRequest approved = repository.save(read);
        LeaveEvent submitted = approved.undispatchedEvents().get(0);
        LeaveEvent approval = approved.undispatchedEvents().get(1);

        repository.markDispatched(saved.id(), Set.of(submitted.eventId()));

        LeaveRequest stored = repository.findById(saved.id()).orElseThrow();
        assertThat(stored.undispatchedEvents()).containsExactly(approval);
        assertThat(stored.version()).isEqualTo(3);
        assertSameRequest(stored, approved.withVersion(3));
    }

    @Test
    void aSaveFromBeforeTheDispatchIsRefused() {
        LeaveRequest saved = repository.save(LeaveRequests.aPendingRequest());
        LeaveRequest readBeforeDispatch = repository.findById(saved.id()).orElseThrow();
        repository.markDispatched(saved.id(), eventIds(saved));
        readBeforeDispatch.approve(Employees.bob(), Employees.alice(), null, NOW, LeaveRequests.nextEventId());

        assertThatThrownBy(() -> repository.save(readBeforeDispatch)).isInstanceOf(ConcurrentUpdate.class);

        assertThat(repository.findById(saved.id()).orElseThrow().undispatchedEvents()).isEmpty();
    }

    @Test
    void markingTheSameEventsDispatchedAgainChangesNothing() {
        LeaveRequest saved = repository.save(LeaveRequests.aPendingRequest());
        repository.markDispatched(saved.id(), eventIds(saved));
        LeaveRequest afterFirst = repository.findById(saved.id()).orElseThrow();

        repository.markDispatched(saved.id(), eventIds(saved));
        repository.markDispatched(saved.id(), Set.of());

        LeaveRequest afterSecond = repository.findById(saved.id()).orElseThrow();
        assertThat(afterSecond.version()).isEqualTo(afterFirst.version()).isEqualTo(2);
        assertThat(afterSecond.undispatchedEvents()).isEmpty();
        assertThat(repository.findWithUndispatchedEvents(10)).isEmpty();
    }

    @Test
    void markingEventsOfAnUnknownRequestDispatchedChangesNothing() {
        repository.markDispatched(new LeaveRequestId("lr-unknown"), Set.of(new EventId("ev-unknown")));

        assertThat(repository.findById(new LeaveRequestId("lr-unknown"))).isEmpty();
    }

    @Test
    void aDispatchConcurrentWithADecisionLosesNeitherTheDecisionNorTheDispatch() {
        LeaveRequest saved = repository.save(LeaveRequests.aPendingRequest());
        Set<EventId> submitted = eventIds(saved);

        var outcomes = Concurrently.run(List.of(
                () -> {
                    repository.markDispatched(saved.id(), submitted);
                    return "dispatched";
                },
                () -> decideWithRetry(saved.id())));

        assertThat(outcomes).allMatch(Concurrently.Outcome::succeeded);
        LeaveRequest stored = repository.findById(saved.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(LeaveStatus.APPROVED);
        assertThat(stored.undispatchedEvents()).hasSize(1)
                .noneMatch(event -> submitted.contains(event.eventId()));
        assertThat(stored.version()).isEqualTo(3);
    }

    private String decideWithRetry(LeaveRequestId id) {
        EventId approval = LeaveRequests.nextEventId();
        for (int attempt = 0; attempt < 10; attempt++) {
            LeaveRequest read = repository.findById(id).orElseThrow();
            read.approve(Employees.bob(), Employees.alice(), null, NOW, approval);
            try {
                repository.save(read);
                return "approved";
            } catch (ConcurrentUpdate lost) {
                // read again and retry, as the use cases do
            }
        }
        throw new AssertionError("the decision kept losing");
    }

    private static Set<EventId> eventIds(LeaveRequest request) {
        return request.undispatchedEvents().stream().map(LeaveEvent::eventId).collect(Collectors.toSet());
    }

    private static void assertSameRequest(LeaveRequest actual, LeaveRequest expected) {
        assertThat(actual.id()).isEqualTo(expected.id());
        assertThat(actual.employeeId()).isEqualTo(expected.employeeId());
        assertThat(actual.approverId()).isEqualTo(expected.approverId());
        assertThat(actual.type()).isEqualTo(expected.type());
        assertThat(actual.period()).isEqualTo(expected.period());
        assertThat(actual.workingDays()).isEqualTo(expected.workingDays());
        assertThat(actual.status()).isEqualTo(expected.status());
        assertThat(actual.reason()).isEqualTo(expected.reason());
        assertThat(actual.decisionComment()).isEqualTo(expected.decisionComment());
        assertThat(actual.createdAt()).isEqualTo(expected.createdAt());
        assertThat(actual.decidedAt()).isEqualTo(expected.decidedAt());
        assertThat(actual.decidedBy()).isEqualTo(expected.decidedBy());
        assertThat(actual.version()).isEqualTo(expected.version());
    }
}
