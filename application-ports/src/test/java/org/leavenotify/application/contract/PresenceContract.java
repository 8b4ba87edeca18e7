package org.leavenotify.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.leavenotify.application.notification.port.out.PresencePort;
import org.leavenotify.domain.organisation.EmployeeId;

/**
 * What every {@link PresencePort} must do: count each person's open sessions, as they open and close. An
 * adapter whose count follows the sessions a moment later (it learns of them from events) waits for it in
 * {@link #awaitCount}.
 */
public abstract class PresenceContract {

    private static final EmployeeId ALICE = new EmployeeId("alice");
    private static final EmployeeId BOB = new EmployeeId("bob");

    /** An open session of someone, as the adapter sees it. */
    protected interface OpenSession {
        void close();
    }

    protected abstract PresencePort presence();

    protected abstract OpenSession open(EmployeeId employee);

    /**
     * Whether the adapter is sure when someone has no session at all. One that cannot be (relay mode: another
     * node's newest sessions may not be published yet) answers online, as the port allows: that costs a push
     * nobody receives, never a live notification lost.
     */
    protected boolean knowsWhenSomeoneIsOffline() {
        return true;
    }

    /** Waits until the count of {@code employee} is {@code expected} (adapters that learn of sessions later). */
    protected void awaitCount(EmployeeId employee, int expected) {
        assertThat(presence().sessionCount(employee)).isEqualTo(expected);
    }

    @Test
    void someoneWithoutASessionIsOffline() {
        assertThat(presence().sessionCount(new EmployeeId("never-connected"))).isZero();
        if (knowsWhenSomeoneIsOffline()) {
            assertThat(presence().isOnline(new EmployeeId("never-connected"))).isFalse();
        }
    }

    @Test
    void eachOpenSessionCountsAndEachClosedOneStopsCounting() {
        OpenSession phone = open(ALICE);
        OpenSession laptop = open(ALICE);
        awaitCount(ALICE, 2);
        assertThat(presence().isOnline(ALICE)).isTrue();

        phone.close();
        awaitCount(ALICE, 1);
        assertThat(presence().isOnline(ALICE)).as("online while one session is open").isTrue();
        laptop.close();
        awaitCount(ALICE, 0);
        if (knowsWhenSomeoneIsOffline()) {
            assertThat(presence().isOnline(ALICE)).isFalse();
        }
    }

    @Test
    void peopleAreCountedApart() {
        OpenSession bob = open(BOB);
        awaitCount(BOB, 1);

        assertThat(presence().sessionCount(ALICE)).isZero();
        bob.close();
        awaitCount(BOB, 0);
    }
}
