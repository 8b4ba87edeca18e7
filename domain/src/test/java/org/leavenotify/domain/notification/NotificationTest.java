package org.leavenotify.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.leavenotify.domain.leave.Employees;
import org.leavenotify.domain.leave.LeaveRequestId;
import org.leavenotify.domain.shared.EventId;

class NotificationTest {

    private static final Instant CREATED = Instant.parse("2026-11-26T10:00:00Z");

    private final Notification unread = new NotificationDraft(new EventId("ev-1"), Employees.BOB,
            NotificationType.LEAVE_REQUEST_SUBMITTED, "New leave request from Alice Archer", "…",
            new LeaveRequestId("lr-1"), new Actor(Employees.ALICE, "Alice Archer"), CREATED)
            .withId(new NotificationId("0000000000010000000000ab"));

    @Test
    void aNewNotificationIsUnread() {
        assertThat(unread.isRead()).isFalse();
        assertThat(unread.readAt()).isNull();
    }

    @Test
    void markingReadIsIdempotentAndKeepsTheFirstReadTime() {
        Instant first = CREATED.plusSeconds(60);

        Notification read = unread.markRead(first).markRead(first.plusSeconds(60));

        assertThat(read.isRead()).isTrue();
        assertThat(read.readAt()).isEqualTo(first);
    }

    @Test
    void readingUnreadingArchivingAndUnarchivingChangeOnlyTheirOwnState() {
        Instant read = CREATED.plusSeconds(60);
        Instant archived = CREATED.plusSeconds(120);

        Notification archivedRead = unread.markRead(read).archive(archived).archive(archived.plusSeconds(1));

        assertThat(archivedRead.readAt()).isEqualTo(read);
        assertThat(archivedRead.archivedAt()).isEqualTo(archived);
        assertThat(archivedRead.countsAsUnread()).isFalse();
        assertThat(archivedRead.markUnread().countsAsUnread()).as("unread but archived").isFalse();
        assertThat(archivedRead.markUnread().unarchive().countsAsUnread()).isTrue();
        assertThat(archivedRead.unarchive().isArchived()).isFalse();
        assertThat(unread.markUnread()).isSameAs(unread);
        assertThat(unread.unarchive()).isSameAs(unread);
    }

    @Test
    void idsSortInCreationOrderAndRefuseAnythingElse() {
        assertThat(new NotificationId("00000000000a000000000000")).isGreaterThan(new NotificationId("000000000009ffffffffffff"));
        assertThatThrownBy(() -> new NotificationId("../../etc/passwd")).isInstanceOf(NotificationId.MalformedNotificationId.class);
        assertThatThrownBy(() -> new NotificationId("0000000000010000000000AB")).isInstanceOf(NotificationId.MalformedNotificationId.class);
        assertThat(NotificationId.isWellFormed(null)).isFalse();
    }
}
