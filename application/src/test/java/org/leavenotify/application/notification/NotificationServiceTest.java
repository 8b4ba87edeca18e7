package org.leavenotify.application.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.leavenotify.application.demo.DemoOrganisation.ALICE;
import static org.leavenotify.application.demo.DemoOrganisation.BOB;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.leavenotify.application.InMemoryApplication;
import org.leavenotify.application.leave.port.in.SubmitLeaveRequestUseCase.SubmitLeaveRequestCommand;
import org.leavenotify.domain.leave.LeaveType;
import org.leavenotify.domain.notification.Notification;
import org.leavenotify.domain.notification.NotificationId;
import org.leavenotify.domain.notification.NotificationNotFound;
import org.leavenotify.domain.notification.UnknownCursor;
import org.leavenotify.domain.shared.InvalidValue;

class NotificationServiceTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

    private final InMemoryApplication app = new InMemoryApplication();

    @Test
    void theFeedIsNewestFirstAndPagesBackWithBefore() {
        List<Notification> five = fiveNotificationsForBob();

        NotificationPage first = app.notificationService.list(NotificationPageRequest.of(BOB, null, null, 2, null));
        NotificationPage second = app.notificationService.list(
                NotificationPageRequest.of(BOB, first.items().get(1).id().value(), null, 2, null));
        NotificationPage last = app.notificationService.list(
                NotificationPageRequest.of(BOB, second.items().get(1).id().value(), null, 2, null));

        assertThat(first.items()).containsExactly(five.get(4), five.get(3));
        assertThat(first.hasMore()).isTrue();
        assertThat(second.items()).containsExactly(five.get(2), five.get(1));
        assertThat(last.items()).containsExactly(five.get(0));
        assertThat(last.hasMore()).isFalse();
        assertThat(first.unreadCount()).isEqualTo(5);
    }

    @Test
    void catchingUpWithAfterListsOldestFirstWithNoGapAndNoDuplicate() {
        List<Notification> five = fiveNotificationsForBob();

        NotificationPage missed = app.notificationService.list(
                NotificationPageRequest.of(BOB, null, five.get(1).id().value(), 20, null));
        NotificationPage nothingNew = app.notificationService.list(
                NotificationPageRequest.of(BOB, null, five.get(4).id().value(), 20, null));

        assertThat(missed.items()).containsExactly(five.get(2), five.get(3), five.get(4));
        assertThat(missed.hasMore()).isFalse();
        assertThat(nothingNew.items()).isEmpty();
    }

    @Test
    void unreadOnlyLeavesOutWhatWasRead() {
        List<Notification> five = fiveNotificationsForBob();
        app.notificationService.markRead(BOB, five.get(4).id());

        NotificationPage unread = app.notificationService.list(NotificationPageRequest.of(BOB, null, null, 20, true));

        assertThat(unread.items()).hasSize(4).doesNotContain(five.get(4));
        assertThat(unread.unreadCount()).isEqualTo(4);
    }

    @Test
    void aCursorThatIsNotOneOfTheCallersNotificationsIsRefused() {
        List<Notification> bobs = fiveNotificationsForBob();

        assertThatThrownBy(() -> app.notificationService.list(
                NotificationPageRequest.of(ALICE, bobs.get(0).id().value(), null, 20, null)))
                .isInstanceOf(UnknownCursor.class);
        assertThatThrownBy(() -> NotificationPageRequest.of(BOB, "not-an-id", null, 20, null))
                .isInstanceOf(NotificationId.MalformedNotificationId.class);
        assertThatThrownBy(() -> NotificationPageRequest.of(BOB, null, null, 101, null)).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> NotificationPageRequest.of(BOB, bobs.get(0).id().value(), bobs.get(1).id().value(), 5, null))
                .isInstanceOf(InvalidValue.class);
    }

    @Test
    void markingOneReadUpdatesTheUnreadCountOnEverySession() {
        List<Notification> five = fiveNotificationsForBob();
        app.presence.connected(BOB);

        long unread = app.notificationService.markRead(BOB, five.get(0).id());
        long again = app.notificationService.markRead(BOB, five.get(0).id());

        assertThat(unread).isEqualTo(4);
        assertThat(again).isEqualTo(4);
        assertThat(app.pushed.lastUnreadCountOf(BOB)).isEqualTo(4);
    }

    @Test
    void someoneElsesNotificationIsNotFoundAndStaysUnread() {
        List<Notification> bobs = fiveNotificationsForBob();

        assertThatThrownBy(() -> app.notificationService.markRead(ALICE, bobs.get(0).id()))
                .isInstanceOf(NotificationNotFound.class);
        assertThat(app.notificationService.unreadCount(BOB)).isEqualTo(5);
    }

    @Test
    void markingAllReadSaysHowManyChangedAndPushesZero() {
        fiveNotificationsForBob();
        app.presence.connected(BOB);

        assertThat(app.notificationService.markAllRead(BOB)).isEqualTo(5);
        assertThat(app.notificationService.markAllRead(BOB)).isZero();
        assertThat(app.notificationService.unreadCount(BOB)).isZero();
        assertThat(app.pushed.lastUnreadCountOf(BOB)).isZero();
    }

    /** Five requests by Alice, a minute apart: Bob's five notifications, oldest first. */
    private List<Notification> fiveNotificationsForBob() {
        for (int week = 0; week < 5; week++) {
            app.leave.submit(new SubmitLeaveRequestCommand(ALICE, LeaveType.UNPAID, MONDAY.plusWeeks(week),
                    MONDAY.plusWeeks(week), null));
            app.clock.advance(Duration.ofMinutes(1));
        }
        return app.notifications.all();
    }
}
