package org.leavenotify.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leavenotify.application.mail.MailIntent;
import org.leavenotify.application.mail.MailState;
import org.leavenotify.application.mail.port.out.MailIntentsPort;
import org.leavenotify.domain.notification.NotificationId;
import org.leavenotify.domain.organisation.EmployeeId;

/**
 * What every {@link MailIntentsPort} must do: keep one intent per id, hand out the due ones, give each to
 * one sender at a time for a lease, and end or reschedule it only for the sender that holds it.
 *
 * <p>Instants carry milliseconds, the precision every store keeps.
 */
public abstract class MailIntentsContract {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00.123Z");
    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final EmployeeId BOB = new EmployeeId("bob");

    private MailIntentsPort intents;

    /** The adapter under test, holding no intents. */
    protected abstract MailIntentsPort emptyIntents();

    @BeforeEach
    void startEmpty() {
        intents = emptyIntents();
    }

    /** The intent of notification number {@code notification} of Bob's feed. */
    private static MailIntent intent(int notification, Instant due) {
        NotificationId id = notificationId(notification);
        return new MailIntent(MailIntent.idFor(BOB, id), BOB, id, MailState.PENDING, NOW, due, 0, null, null, null,
                null);
    }

    private static NotificationId notificationId(int number) {
        return new NotificationId(String.format("%024x", number));
    }

    @Test
    void anIntentIsStoredOnceWhateverHowOftenItIsScheduled() {
        MailIntent first = intent(1, NOW.plusSeconds(600));
        intents.schedule(first);
        intents.schedule(intent(1, NOW.plusSeconds(900)));

        assertThat(intents.findById(first.id())).get().satisfies(stored -> {
            assertThat(stored.nextAttemptAt()).isEqualTo(NOW.plusSeconds(600));
            assertThat(stored.state()).isEqualTo(MailState.PENDING);
            assertThat(stored.recipientId()).isEqualTo(BOB);
            assertThat(stored.notificationId()).isEqualTo(notificationId(1));
            assertThat(stored.createdAt()).isEqualTo(NOW);
        });
        assertThat(intents.count(MailState.PENDING)).isEqualTo(1);
    }

    @Test
    void onlyTheDueOnesAreFoundSoonestFirstAndAtMostTheLimit() {
        intents.schedule(intent(9, NOW.plusSeconds(60)));
        intents.schedule(intent(2, NOW.minusSeconds(10)));
        intents.schedule(intent(1, NOW.minusSeconds(20)));
        intents.schedule(intent(3, NOW));

        assertThat(intents.findDue(NOW, 10)).extracting(MailIntent::notificationId)
                .containsExactly(notificationId(1), notificationId(2), notificationId(3));
        assertThat(intents.findDue(NOW, 2)).hasSize(2);
    }

    @Test
    void aClaimedIntentIsNotDueToOthersUntilItsLeaseEnds() {
        MailIntent due = intent(1, NOW);
        intents.schedule(due);

        assertThat(intents.claim(due.id(), "node-a", NOW, NOW.plus(LEASE))).isTrue();
        assertThat(intents.claim(due.id(), "node-b", NOW.plusSeconds(1), NOW.plusSeconds(31))).isFalse();
        assertThat(intents.findDue(NOW.plusSeconds(1), 10)).isEmpty();
        assertThat(intents.findDue(NOW.plus(LEASE), 10)).hasSize(1);
        assertThat(intents.claim(due.id(), "node-b", NOW.plus(LEASE), NOW.plus(LEASE).plus(LEASE))).isTrue();
    }

    @Test
    void ofManySendersClaimingAtOnceExactlyOneWins() {
        MailIntent due = intent(1, NOW);
        intents.schedule(due);
        List<Callable<Boolean>> senders = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String sender = "node-" + i;
            senders.add(() -> intents.claim(due.id(), sender, NOW, NOW.plus(LEASE)));
        }

        assertThat(Concurrently.run(senders)).filteredOn(outcome -> Boolean.TRUE.equals(outcome.value())).hasSize(1);
    }

    @Test
    void onlyTheHolderEndsAnIntentAndAnEndedOneIsNeitherDueNorClaimedAgain() {
        MailIntent due = intent(1, NOW);
        intents.schedule(due);
        intents.claim(due.id(), "node-a", NOW, NOW.plus(LEASE));

        assertThat(intents.settle(due.id(), "node-b", MailState.SENT, "sent", NOW)).isFalse();
        assertThat(intents.settle(due.id(), "node-a", MailState.SENT, "sent", NOW.plusSeconds(1))).isTrue();

        assertThat(intents.findById(due.id())).get().satisfies(sent -> {
            assertThat(sent.state()).isEqualTo(MailState.SENT);
            assertThat(sent.settledAt()).isEqualTo(NOW.plusSeconds(1));
            assertThat(sent.outcome()).isEqualTo("sent");
        });
        assertThat(intents.findDue(NOW.plus(Duration.ofDays(1)), 10)).isEmpty();
        assertThat(intents.claim(due.id(), "node-b", NOW.plus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(2))))
                .isFalse();
        assertThat(intents.count(MailState.SENT)).isEqualTo(1);
        assertThat(intents.count(MailState.PENDING)).isZero();
    }

    @Test
    void anIntentGivenBackIsDueAgainLaterWithTheFailureCounted() {
        MailIntent due = intent(1, NOW);
        intents.schedule(due);
        intents.claim(due.id(), "node-a", NOW, NOW.plus(LEASE));

        assertThat(intents.retryLater(due.id(), "node-b", NOW.plusSeconds(60), "no")).isFalse();
        assertThat(intents.retryLater(due.id(), "node-a", NOW.plusSeconds(60), "connection refused")).isTrue();

        assertThat(intents.findDue(NOW.plusSeconds(59), 10)).isEmpty();
        assertThat(intents.findDue(NOW.plusSeconds(60), 10)).singleElement().satisfies(again -> {
            assertThat(again.attempts()).isEqualTo(1);
            assertThat(again.outcome()).isEqualTo("connection refused");
            assertThat(again.state()).isEqualTo(MailState.PENDING);
        });
        assertThat(intents.claim(due.id(), "node-b", NOW.plusSeconds(30), NOW.plusSeconds(60)))
                .as("put off until a minute later").isFalse();
        assertThat(intents.claim(due.id(), "node-b", NOW.plusSeconds(60), NOW.plusSeconds(90))).isTrue();
    }

    @Test
    void sentAndSkippedIntentsSettledBeforeTheCutoffAreRemovedPendingAndDeadOnesStay() {
        for (int n = 1; n <= 5; n++) {
            intents.schedule(intent(n, NOW));
            intents.claim(MailIntent.idFor(BOB, notificationId(n)), "node-a", NOW, NOW.plus(LEASE));
        }
        intents.settle(MailIntent.idFor(BOB, notificationId(1)), "node-a", MailState.SENT, "sent", NOW);
        intents.settle(MailIntent.idFor(BOB, notificationId(2)), "node-a", MailState.SKIPPED, "read in the app", NOW);
        intents.settle(MailIntent.idFor(BOB, notificationId(3)), "node-a", MailState.DEAD, "550", NOW);
        intents.settle(MailIntent.idFor(BOB, notificationId(4)), "node-a", MailState.SENT, "sent", NOW.plusSeconds(60));

        assertThat(intents.removeSettledBefore(NOW.plusSeconds(1), 10)).isEqualTo(2);
        assertThat(intents.findById(MailIntent.idFor(BOB, notificationId(1)))).isEmpty();
        assertThat(intents.findById(MailIntent.idFor(BOB, notificationId(2)))).isEmpty();
        assertThat(intents.count(MailState.DEAD)).isEqualTo(1);
        assertThat(intents.count(MailState.SENT)).isEqualTo(1);
        assertThat(intents.count(MailState.PENDING)).isEqualTo(1);
        assertThat(intents.removeSettledBefore(NOW.plusSeconds(61), 0)).isZero();
        assertThat(intents.removeSettledBefore(NOW.plusSeconds(61), 10)).isEqualTo(1);
    }

    @Test
    void aDeadLetteredIntentIsCountedAsSuch() {
        MailIntent due = intent(1, NOW);
        intents.schedule(due);
        intents.claim(due.id(), "node-a", NOW, NOW.plus(LEASE));
        intents.settle(due.id(), "node-a", MailState.DEAD, "550 no such user", NOW);

        assertThat(intents.count(MailState.DEAD)).isEqualTo(1);
        assertThat(intents.findById(due.id())).get().extracting(MailIntent::outcome).isEqualTo("550 no such user");
    }
}
