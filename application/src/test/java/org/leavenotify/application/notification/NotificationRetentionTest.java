package org.leavenotify.application.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.leavenotify.adapter.memory.InMemoryNotificationStore;
import org.leavenotify.domain.leave.Employees;
import org.leavenotify.domain.notification.Actor;
import org.leavenotify.domain.notification.Notification;
import org.leavenotify.domain.notification.NotificationDraft;
import org.leavenotify.domain.notification.NotificationType;
import org.leavenotify.domain.shared.EventId;
import org.leavenotify.domain.shared.InvalidValue;

class NotificationRetentionTest {

    private static final Instant NOW = Instant.parse("2027-12-31T12:00:00Z");
    private final InMemoryNotificationStore store = new InMemoryNotificationStore();
    private final NotificationRetention retention = new NotificationRetention(store,
            Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofDays(400));

    @Test
    void readNotificationsOlderThanTheRetentionAgeGoUnreadOnesAndYoungerOnesStay() {
        Notification oldRead = stored("old-read", NOW.minus(Duration.ofDays(401)));
        Notification oldUnread = stored("old-unread", NOW.minus(Duration.ofDays(500)));
        Notification youngRead = stored("young-read", NOW.minus(Duration.ofDays(399)));
        store.markRead(Employees.ALICE, oldRead.id(), NOW);
        store.markRead(Employees.ALICE, youngRead.id(), NOW);

        assertThat(retention.removeOld(100)).isEqualTo(1);

        assertThat(store.findById(Employees.ALICE, oldRead.id())).isEmpty();
        assertThat(store.findById(Employees.ALICE, oldUnread.id())).isPresent();
        assertThat(store.findById(Employees.ALICE, youngRead.id())).isPresent();
    }

    @Test
    void aRetentionShorterThanADayIsRefused() {
        assertThatThrownBy(() -> new NotificationRetention(store, Clock.systemUTC(), Duration.ofHours(1)))
                .isInstanceOf(InvalidValue.class);
    }

    private Notification stored(String event, Instant created) {
        return store.append(new NotificationDraft(new EventId(event), Employees.ALICE,
                NotificationType.LEAVE_REQUEST_APPROVED, "Approved", "Bob approved your leave.", null,
                new Actor(Employees.BOB, "Bob Baker"), created)).notification();
    }
}
