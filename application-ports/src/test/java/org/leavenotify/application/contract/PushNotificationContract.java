package org.leavenotify.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.leavenotify.application.notification.port.out.PushNotificationPort;
import org.leavenotify.domain.leave.LeaveRequestId;
import org.leavenotify.domain.notification.Actor;
import org.leavenotify.domain.notification.InboxChange;
import org.leavenotify.domain.notification.Notification;
import org.leavenotify.domain.notification.NotificationId;
import org.leavenotify.domain.notification.NotificationType;
import org.leavenotify.domain.organisation.EmployeeId;

/**
 * What every {@link PushNotificationPort} must do: deliver to every session its recipient has open, and to
 * nobody else. Each adapter hands over itself and a way to open a session ("a device") of someone and read
 * what it received, in order. Isolation is shown without waiting for something not to happen: a device of
 * Alice that was not meant to receive Bob's push finds her own next.
 */
public abstract class PushNotificationContract {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final EmployeeId ALICE = new EmployeeId("alice");
    private static final EmployeeId BOB = new EmployeeId("bob");

    /** One open session of someone, as the adapter reaches it; each read waits for the next delivery. */
    protected interface Device {

        String nextNotificationId();

        long nextUnreadCount();

        /** The next inbox change, as "KIND id,id unreadCount". */
        String nextChange();
    }

    /** The adapter under test. */
    protected abstract PushNotificationPort push();

    /** Opens a session of {@code employee}, subscribed to everything the adapter pushes. */
    protected abstract Device connect(EmployeeId employee);

    private static Notification aNotificationFor(EmployeeId recipient) {
        String id = String.format("%024x", NEXT.incrementAndGet());
        return new Notification(new NotificationId(id), "contract-" + id, recipient, NotificationType.LEAVE_REQUEST_APPROVED,
                "Leave request approved", "Bob approved your leave", new LeaveRequestId("lr-" + id),
                new Actor(BOB, "Bob Baker"), Instant.parse("2026-12-03T10:00:00Z"), null);
    }

    @Test
    void aNotificationReachesEverySessionOfItsRecipient() {
        Device phone = connect(ALICE);
        Device laptop = connect(ALICE);
        Notification approved = aNotificationFor(ALICE);

        push().pushNotification(approved);

        assertThat(phone.nextNotificationId()).isEqualTo(approved.id().value());
        assertThat(laptop.nextNotificationId()).isEqualTo(approved.id().value());
    }

    @Test
    void nobodyElseReceivesIt() {
        Device alice = connect(ALICE);
        connect(BOB);
        Notification forBob = aNotificationFor(BOB);
        Notification forAlice = aNotificationFor(ALICE);

        push().pushNotification(forBob);
        push().pushNotification(forAlice);

        assertThat(alice.nextNotificationId()).isEqualTo(forAlice.id().value());
    }

    @Test
    void notificationsArriveInTheOrderPushed() {
        Device alice = connect(ALICE);
        List<Notification> pushed = List.of(aNotificationFor(ALICE), aNotificationFor(ALICE), aNotificationFor(ALICE));

        pushed.forEach(push()::pushNotification);

        assertThat(List.of(alice.nextNotificationId(), alice.nextNotificationId(), alice.nextNotificationId()))
                .containsExactlyElementsOf(pushed.stream().map(n -> n.id().value()).toList());
    }

    @Test
    void theUnreadCountReachesEverySessionOfItsRecipientOnly() {
        Device phone = connect(ALICE);
        Device laptop = connect(ALICE);
        Device bob = connect(BOB);

        push().pushUnreadCount(ALICE, 3);
        push().pushUnreadCount(BOB, 7);

        assertThat(phone.nextUnreadCount()).isEqualTo(3);
        assertThat(laptop.nextUnreadCount()).isEqualTo(3);
        assertThat(bob.nextUnreadCount()).isEqualTo(7);
    }

    @Test
    void anInboxChangeReachesEverySessionOfItsRecipient() {
        Device phone = connect(ALICE);
        Device laptop = connect(ALICE);
        NotificationId read = new NotificationId(String.format("%024x", NEXT.incrementAndGet()));

        push().pushChange(ALICE, InboxChange.of(InboxChange.Kind.READ, read, 2));

        String expected = "READ " + read.value() + " 2";
        assertThat(phone.nextChange()).isEqualTo(expected);
        assertThat(laptop.nextChange()).isEqualTo(expected);
    }

    @Test
    void pushingToSomeoneWithoutASessionIsNoError() {
        assertThatCode(() -> {
            push().pushNotification(aNotificationFor(new EmployeeId("nobody-connected")));
            push().pushUnreadCount(new EmployeeId("nobody-connected"), 1);
            push().pushChange(new EmployeeId("nobody-connected"), new InboxChange(InboxChange.Kind.ALL_READ, List.of(), 0));
        }).doesNotThrowAnyException();
    }
}
