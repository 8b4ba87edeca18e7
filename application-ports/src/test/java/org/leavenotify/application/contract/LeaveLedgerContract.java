package org.leavenotify.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leavenotify.application.leave.LeaveLedger;
import org.leavenotify.application.leave.port.out.LeaveLedgerPort;
import org.leavenotify.application.shared.ConcurrentUpdate;
import org.leavenotify.domain.leave.Employees;
import org.leavenotify.domain.leave.LeaveEvent;
import org.leavenotify.domain.leave.LeaveRequest;
import org.leavenotify.domain.leave.LeaveRequests;
import org.leavenotify.domain.leave.LeaveStatus;
import org.leavenotify.domain.leave.WorkingDays;

/**
 * What every {@link LeaveLedgerPort} must do: bookings written only by the writer that read the latest
 * version, kept exactly as submitted, and pending until completed.
 */
public abstract class LeaveLedgerContract {

    private static final int YEAR = LeaveRequests.MONDAY.getYear();

    private LeaveLedgerPort ledgers;

    /** The adapter under test, holding no ledgers. */
    protected abstract LeaveLedgerPort emptyLedgers();

    @BeforeEach
    void startEmpty() {
        ledgers = emptyLedgers();
    }

    @Test
    void aLedgerNeverWrittenIsEmptyAtVersionZero() {
        LeaveLedger ledger = ledgers.ledgerOf(Employees.ALICE, YEAR);

        assertThat(ledger.version()).isZero();
        assertThat(ledger.bookings()).isEmpty();
        assertThat(ledger.pending()).isEmpty();
    }

    @Test
    void aBookingIsKeptAsSubmittedPendingAndMovesTheVersionOn() {
        LeaveRequest submitted = LeaveRequests.aRequest().because("Family trip").submit();

        ledgers.book(ledgers.ledgerOf(Employees.ALICE, YEAR), submitted);

        LeaveLedger ledger = ledgers.ledgerOf(Employees.ALICE, YEAR);
        assertThat(ledger.version()).isEqualTo(1);
        assertThat(ledger.pending()).containsExactly(submitted.id());
        assertThat(ledger.bookings()).singleElement().satisfies(booking -> {
            assertThat(booking.id()).isEqualTo(submitted.id());
            assertThat(booking.employeeId()).isEqualTo(submitted.employeeId());
            assertThat(booking.approverId()).isEqualTo(submitted.approverId());
            assertThat(booking.type()).isEqualTo(submitted.type());
            assertThat(booking.period()).isEqualTo(submitted.period());
            assertThat(booking.workingDays()).isEqualTo(submitted.workingDays());
            assertThat(booking.status()).isEqualTo(LeaveStatus.PENDING);
            assertThat(booking.reason()).isEqualTo("Family trip");
            assertThat(booking.createdAt()).isEqualTo(submitted.createdAt());
            assertThat(booking.version()).isZero();
            assertThat(booking.undispatchedEvents()).extracting(LeaveEvent::eventId)
                    .containsExactlyElementsOf(submitted.undispatchedEvents().stream().map(LeaveEvent::eventId).toList());
        });
    }

    @Test
    void bookingsKeepTheirOrder() {
        LeaveRequest first = LeaveRequests.aRequest().submit();
        LeaveRequest second = LeaveRequests.aRequest().from(LeaveRequests.MONDAY.plusDays(7), LeaveRequests.MONDAY.plusDays(7))
                .submit();

        ledgers.book(ledgers.ledgerOf(Employees.ALICE, YEAR), first);
        ledgers.book(ledgers.ledgerOf(Employees.ALICE, YEAR), second);

        assertThat(ledgers.ledgerOf(Employees.ALICE, YEAR).bookedIds()).containsExactly(first.id(), second.id());
    }

    @Test
    void bookingFromAStaleVersionIsRefusedAndChangesNothing() {
        LeaveLedger stale = ledgers.ledgerOf(Employees.ALICE, YEAR);
        LeaveRequest first = LeaveRequests.aRequest().submit();
        ledgers.book(stale, first);

        assertThatThrownBy(() -> ledgers.book(stale, LeaveRequests.aRequest().submit()))
                .isInstanceOf(ConcurrentUpdate.class);

        assertThat(ledgers.ledgerOf(Employees.ALICE, YEAR).bookedIds()).containsExactly(first.id());
        assertThat(ledgers.ledgerOf(Employees.ALICE, YEAR).version()).isEqualTo(1);
    }

    @Test
    void ofConcurrentBookingsFromOneVersionExactlyOneIsKept() {
        for (int round = 0; round < 10; round++) {
            LeaveLedger read = ledgers.ledgerOf(Employees.ALICE, YEAR);
            List<Callable<Boolean>> attempts = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                LeaveRequest request = LeaveRequests.aRequest().submit();
                attempts.add(() -> {
                    ledgers.book(read, request);
                    return true;
                });
            }

            var outcomes = Concurrently.run(attempts);

            assertThat(outcomes).filteredOn(Concurrently.Outcome::succeeded).hasSize(1);
            assertThat(outcomes).filteredOn(outcome -> !outcome.succeeded())
                    .allSatisfy(outcome -> assertThat(outcome.failure()).isInstanceOf(ConcurrentUpdate.class));
            assertThat(ledgers.ledgerOf(Employees.ALICE, YEAR).bookings()).hasSize(round + 1);
        }
    }

    @Test
    void completingABookingLeavesItBookedButNotPendingAndKeepsTheVersion() {
        LeaveRequest submitted = LeaveRequests.aRequest().submit();
        ledgers.book(ledgers.ledgerOf(Employees.ALICE, YEAR), submitted);

        ledgers.completed(Employees.ALICE, YEAR, submitted.id());
        ledgers.completed(Employees.ALICE, YEAR, submitted.id());

        LeaveLedger ledger = ledgers.ledgerOf(Employees.ALICE, YEAR);
        assertThat(ledger.pending()).isEmpty();
        assertThat(ledger.bookedIds()).containsExactly(submitted.id());
        assertThat(ledger.version()).isEqualTo(1);
    }

    @Test
    void ledgersOfOtherYearsAndOtherPeopleAreApart() {
        LeaveRequest alices = LeaveRequests.aRequest().submit();
        ledgers.book(ledgers.ledgerOf(Employees.ALICE, YEAR), alices);

        assertThat(ledgers.ledgerOf(Employees.ALICE, YEAR + 1).bookings()).isEmpty();
        assertThat(ledgers.ledgerOf(Employees.CAROL, YEAR).bookings()).isEmpty();
        ledgers.book(ledgers.ledgerOf(Employees.CAROL, YEAR), LeaveRequests.aRequest().by(Employees.carol()).submit());
        assertThat(ledgers.ledgerOf(Employees.ALICE, YEAR).version()).isEqualTo(1);
    }

    @Test
    void anAllowanceSetThroughTheLedgerIsKeptBesideTheBookingsAndMovesTheVersionOn() {
        LeaveRequest submitted = LeaveRequests.aRequest().submit();
        ledgers.setAllowance(ledgers.ledgerOf(Employees.ALICE, YEAR), WorkingDays.of(12));
        ledgers.book(ledgers.ledgerOf(Employees.ALICE, YEAR), submitted);

        LeaveLedger ledger = ledgers.ledgerOf(Employees.ALICE, YEAR);
        assertThat(ledger.allowance()).isEqualTo(WorkingDays.of(12));
        assertThat(ledger.allowanceOr(WorkingDays.of(25))).isEqualTo(WorkingDays.of(12));
        assertThat(ledger.bookedIds()).containsExactly(submitted.id());
        assertThat(ledger.version()).isEqualTo(2);
        assertThat(ledgers.ledgerOf(Employees.CAROL, YEAR).allowanceOr(WorkingDays.of(25))).isEqualTo(WorkingDays.of(25));
    }

    @Test
    void anAllowanceFromAStaleVersionIsRefusedAndChangesNothing() {
        LeaveLedger stale = ledgers.ledgerOf(Employees.ALICE, YEAR);
        ledgers.book(stale, LeaveRequests.aRequest().submit());

        assertThatThrownBy(() -> ledgers.setAllowance(stale, WorkingDays.of(1))).isInstanceOf(ConcurrentUpdate.class);

        assertThat(ledgers.ledgerOf(Employees.ALICE, YEAR).allowance()).isNull();
    }

    @Test
    void theLedgersOfSomeEmployeesAreFoundForEveryYear() {
        LeaveRequest thisYear = LeaveRequests.aRequest().submit();
        LeaveRequest nextYear = LeaveRequests.aRequest().from(LocalDate.of(YEAR + 1, 3, 1), LocalDate.of(YEAR + 1, 3, 2))
                .submit();
        LeaveRequest carols = LeaveRequests.aRequest().by(Employees.carol()).submit();
        ledgers.book(ledgers.ledgerOf(Employees.ALICE, YEAR), thisYear);
        ledgers.book(ledgers.ledgerOf(Employees.ALICE, YEAR + 1), nextYear);
        ledgers.book(ledgers.ledgerOf(Employees.CAROL, YEAR), carols);
        ledgers.book(ledgers.ledgerOf(Employees.BOB, YEAR), LeaveRequests.aRequest().by(Employees.bob()).submit());

        assertThat(ledgers.ledgersOf(List.of(Employees.ALICE, Employees.CAROL)))
                .extracting(ledger -> ledger.employee().value() + "/" + ledger.year())
                .containsExactlyInAnyOrder("alice/" + YEAR, "alice/" + (YEAR + 1), "carol/" + YEAR);
        assertThat(ledgers.ledgersOf(List.of(Employees.ALICE))).flatExtracting(LeaveLedger::bookedIds)
                .containsExactlyInAnyOrder(thisYear.id(), nextYear.id());
        assertThat(ledgers.ledgersOf(List.of(Employees.DAN))).isEmpty();
        assertThat(ledgers.ledgersOf(List.of())).isEmpty();
    }

    @Test
    void ledgersWithPendingBookingsAreFoundUpToTheLimit() {
        LeaveRequest alices = LeaveRequests.aRequest().submit();
        LeaveRequest carols = LeaveRequests.aRequest().by(Employees.carol()).submit();
        LeaveRequest bobs = LeaveRequests.aRequest().by(Employees.bob()).submit();
        ledgers.book(ledgers.ledgerOf(Employees.ALICE, YEAR), alices);
        ledgers.book(ledgers.ledgerOf(Employees.CAROL, YEAR), carols);
        ledgers.book(ledgers.ledgerOf(Employees.BOB, YEAR), bobs);
        ledgers.completed(Employees.BOB, YEAR, bobs.id());

        assertThat(ledgers.findWithPending(10)).extracting(LeaveLedger::employee)
                .containsExactlyInAnyOrder(Employees.ALICE, Employees.CAROL);
        assertThat(ledgers.findWithPending(1)).hasSize(1);
        assertThat(ledgers.findWithPending(0)).isEmpty();
    }
}
