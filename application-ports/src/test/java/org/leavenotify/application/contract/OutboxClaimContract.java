package org.leavenotify.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leavenotify.application.notification.port.out.OutboxClaimPort;
import org.leavenotify.domain.leave.LeaveRequestId;

/**
 * What every {@link OutboxClaimPort} must do: give a request's outbox to one claimant at a time, for a
 * lease that ends by itself, and let exactly one of many simultaneous claimants win.
 *
 * <p>Instants carry milliseconds, the precision every store keeps.
 */
public abstract class OutboxClaimContract {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00.123Z");
    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final LeaveRequestId REQUEST = new LeaveRequestId("lr-claimed");
    private static final LeaveRequestId OTHER_REQUEST = new LeaveRequestId("lr-other");

    private OutboxClaimPort claims;

    /** The adapter under test, holding no claims. */
    protected abstract OutboxClaimPort emptyClaims();

    @BeforeEach
    void startEmpty() {
        claims = emptyClaims();
    }

    @Test
    void anOutboxNobodyHoldsIsGivenToTheFirstClaimant() {
        assertThat(claims.claim(REQUEST, "node-a", NOW, NOW.plus(LEASE))).isTrue();
    }

    @Test
    void aLiveClaimRefusesEveryOtherClaimant() {
        claims.claim(REQUEST, "node-a", NOW, NOW.plus(LEASE));

        assertThat(claims.claim(REQUEST, "node-b", NOW.plusSeconds(1), NOW.plusSeconds(31))).isFalse();
        assertThat(claims.claim(REQUEST, "node-b", NOW.plus(LEASE).minusMillis(1), NOW.plusSeconds(60))).isFalse();
    }

    @Test
    void aLiveClaimRefusesItsOwnClaimantToo() {
        claims.claim(REQUEST, "node-a", NOW, NOW.plus(LEASE));

        assertThat(claims.claim(REQUEST, "node-a", NOW.plusSeconds(1), NOW.plusSeconds(31))).isFalse();
    }

    @Test
    void aClaimWhoseHolderDiedEndsWithItsLeaseAndAnotherClaimantThenTakesTheOutbox() {
        claims.claim(REQUEST, "dead-node", NOW, NOW.plus(LEASE));

        assertThat(claims.claim(REQUEST, "node-b", NOW.plus(LEASE), NOW.plus(LEASE).plus(LEASE))).isTrue();
        assertThat(claims.claim(REQUEST, "node-c", NOW.plus(LEASE).plusSeconds(1), NOW.plusSeconds(90))).isFalse();
    }

    @Test
    void aReleasedOutboxCanBeClaimedAgainAtOnce() {
        claims.claim(REQUEST, "node-a", NOW, NOW.plus(LEASE));

        claims.release(REQUEST, "node-a");

        assertThat(claims.claim(REQUEST, "node-b", NOW, NOW.plus(LEASE))).isTrue();
    }

    @Test
    void aLateReleaseByAClaimantWhoseLeaseEndedLeavesTheNewHoldersClaimInPlace() {
        claims.claim(REQUEST, "slow-node", NOW, NOW.plus(LEASE));
        claims.claim(REQUEST, "node-b", NOW.plus(LEASE), NOW.plus(LEASE).plus(LEASE));

        claims.release(REQUEST, "slow-node");

        assertThat(claims.claim(REQUEST, "node-c", NOW.plus(LEASE).plusSeconds(1), NOW.plusSeconds(90))).isFalse();
    }

    @Test
    void releasingAnOutboxNobodyHoldsChangesNothing() {
        claims.release(REQUEST, "node-a");

        assertThat(claims.claim(REQUEST, "node-a", NOW, NOW.plus(LEASE))).isTrue();
    }

    @Test
    void theOutboxesOfDifferentRequestsAreClaimedIndependently() {
        claims.claim(REQUEST, "node-a", NOW, NOW.plus(LEASE));

        assertThat(claims.claim(OTHER_REQUEST, "node-b", NOW, NOW.plus(LEASE))).isTrue();
        claims.release(OTHER_REQUEST, "node-b");
        assertThat(claims.claim(REQUEST, "node-c", NOW, NOW.plus(LEASE))).isFalse();
    }

    @Test
    void ofEightClaimantsTryingAtOnceExactlyOneGetsTheOutbox() {
        for (int round = 0; round < 5; round++) {
            LeaveRequestId request = new LeaveRequestId("lr-contended-" + round);
            int[] next = {0};
            List<Concurrently.Outcome<Boolean>> outcomes = Concurrently.run(8, () -> {
                String claimant;
                synchronized (next) {
                    claimant = "node-" + next[0]++;
                }
                return claims.claim(request, claimant, NOW, NOW.plus(LEASE));
            });

            assertThat(outcomes).allMatch(Concurrently.Outcome::succeeded);
            assertThat(outcomes).filteredOn(Concurrently.Outcome::value).hasSize(1);
        }
    }

    @Test
    void ofEightClaimantsTryingAtOnceOnAnExpiredClaimExactlyOneGetsTheOutbox() {
        claims.claim(REQUEST, "dead-node", NOW, NOW.plus(LEASE));
        Instant later = NOW.plus(LEASE).plusSeconds(5);
        int[] next = {0};

        List<Concurrently.Outcome<Boolean>> outcomes = Concurrently.run(8, () -> {
            String claimant;
            synchronized (next) {
                claimant = "node-" + next[0]++;
            }
            return claims.claim(REQUEST, claimant, later, later.plus(LEASE));
        });

        assertThat(outcomes).allMatch(Concurrently.Outcome::succeeded);
        assertThat(outcomes).filteredOn(Concurrently.Outcome::value).hasSize(1);
    }
}
