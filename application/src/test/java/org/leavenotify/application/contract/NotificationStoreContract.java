package org.leavenotify.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leavenotify.application.notification.NotificationPageRequest;
import org.leavenotify.application.notification.port.out.NotificationStorePort;
import org.leavenotify.domain.leave.EmployeeId;
import org.leavenotify.domain.leave.Employees;
import org.leavenotify.domain.leave.LeaveRequestId;
import org.leavenotify.domain.notification.Actor;
import org.leavenotify.domain.notification.Notification;
import org.leavenotify.domain.notification.NotificationId;
import org.leavenotify.domain.notification.NotificationType;

/**
 * What every {@link NotificationStorePort} must do. Each adapter extends this class and hands over an
 * empty store; a fake that passes it is as trustworthy as the real store.
 *
 * <p>Instants carry milliseconds, the precision every store keeps.
 */
public abstract class NotificationStoreContract {

    protected static final EmployeeId ALICE = Employees.ALICE;
    protected static final EmployeeId BOB = Employees.BOB;
    private static final Instant CREATED = Instant.parse("2026-11-26T10:00:00.123Z");
    private static final Instant READ = Instant.parse("2026-11-26T11:00:00.456Z");

    private NotificationStorePort store;
    private long nextId;

    /** The adapter under test, holding no notifications. */
    protected abstract NotificationStorePort emptyStore();

    @BeforeEach
    void startEmpty() {
        store = emptyStore();
        nextId = 0x100;
    }

    // Storing notifications

    @Test
    void aStoredNotificationIsFoundWithEveryField() {
        Notification approved = notification(ALICE);
        Notification withoutRequest = new Notification(nextId(), "welcome:alice", ALICE,
                NotificationType.LEAVE_REQUEST_SUBMITTED, "Hello", "No request behind this one", null,
                new Actor(BOB, "Bob Baker"), CREATED, null);

        assertThat(store.insertIfAbsent(approved)).isEqualTo(approved);
        store.insertIfAbsent(withoutRequest);

        assertThat(store.findById(ALICE, approved.id())).contains(approved);
        assertThat(store.findById(ALICE, withoutRequest.id())).contains(withoutRequest);
    }

    @Test
    void storingASecondNotificationWithTheSameDedupKeyKeepsTheFirstAndReturnsIt() {
        Notification first = notification(ALICE, "ev-1:alice");
        Notification second = notification(ALICE, "ev-1:alice");

        store.insertIfAbsent(first);
        Notification returned = store.insertIfAbsent(second);

        assertThat(returned).isEqualTo(first);
        assertThat(store.findById(ALICE, second.id())).isEmpty();
        assertThat(newestOf(ALICE, 10)).containsExactly(first);
    }

    @Test
    void retryingTheSameNotificationStoresItOnce() {
        Notification notification = notification(ALICE);

        store.insertIfAbsent(notification);
        Notification again = store.insertIfAbsent(notification);

        assertThat(again).isEqualTo(notification);
        assertThat(newestOf(ALICE, 10)).containsExactly(notification);
        assertThat(store.countUnread(ALICE)).isEqualTo(1);
    }

    @Test
    void concurrentInsertsOfOneDedupKeyStoreExactlyOneAndAllReturnIt() {
        List<Callable<Notification>> attempts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Notification attempt = notification(ALICE, "ev-race:alice");
            attempts.add(() -> store.insertIfAbsent(attempt));
        }

        var outcomes = Concurrently.run(attempts);

        assertThat(outcomes).allMatch(Concurrently.Outcome::succeeded);
        List<Notification> stored = newestOf(ALICE, 10);
        assertThat(stored).hasSize(1);
        assertThat(outcomes).extracting(Concurrently.Outcome::value).containsOnly(stored.get(0));
    }

    // Keeping recipients apart

    @Test
    void anotherRecipientsNotificationIsNotFound() {
        Notification alices = store.insertIfAbsent(notification(ALICE));

        assertThat(store.findById(BOB, alices.id())).isEmpty();
    }

    @Test
    void markingAnotherRecipientsNotificationReadIsNotFoundAndChangesNothing() {
        Notification alices = store.insertIfAbsent(notification(ALICE));

        assertThat(store.markRead(BOB, alices.id(), READ)).isFalse();

        assertThat(store.findById(ALICE, alices.id())).get().extracting(Notification::isRead).isEqualTo(false);
        assertThat(store.countUnread(ALICE)).isEqualTo(1);
    }

    @Test
    void markingAllReadLeavesOtherRecipientsUnread() {
        store.insertIfAbsent(notification(ALICE));
        store.insertIfAbsent(notification(BOB));

        assertThat(store.markAllRead(BOB, READ)).isEqualTo(1);

        assertThat(store.countUnread(ALICE)).isEqualTo(1);
        assertThat(store.countUnread(BOB)).isZero();
    }

    @Test
    void pagesAndCountsHoldOnlyTheRecipientsOwnNotifications() {
        Notification alices = store.insertIfAbsent(notification(ALICE));
        store.insertIfAbsent(notification(BOB));
        Notification alicesLater = store.insertIfAbsent(notification(ALICE));

        assertThat(newestOf(ALICE, 10)).containsExactly(alicesLater, alices);
        assertThat(store.countUnread(ALICE)).isEqualTo(2);
    }

    // Paging

    @Test
    void anEmptyFeedHasAnEmptyPage() {
        assertThat(newestOf(ALICE, 20)).isEmpty();
        assertThat(store.findPage(new NotificationPageRequest(ALICE, null, id(0x999), 20, false))).isEmpty();
        assertThat(store.countUnread(ALICE)).isZero();
    }

    @Test
    void withoutACursorTheNewestComeFirst() {
        List<Notification> stored = storeFor(ALICE, 3);

        assertThat(newestOf(ALICE, 20)).containsExactly(stored.get(2), stored.get(1), stored.get(0));
    }

    @Test
    void aPageThatHoldsEverythingHasNoExtraItem() {
        storeFor(ALICE, 5);

        assertThat(newestOf(ALICE, 5)).hasSize(5);
    }

    @Test
    void oneMoreThanTheLimitTellsThatMoreLieBeyond() {
        List<Notification> stored = storeFor(ALICE, 6);

        assertThat(newestOf(ALICE, 4)).containsExactly(stored.get(5), stored.get(4), stored.get(3),
                stored.get(2), stored.get(1));
    }

    @Test
    void beforeACursorListsOlderOnesNewestFirst() {
        List<Notification> stored = storeFor(ALICE, 5);

        List<Notification> page = store.findPage(
                new NotificationPageRequest(ALICE, stored.get(3).id(), null, 2, false));

        assertThat(page).containsExactly(stored.get(2), stored.get(1), stored.get(0));
    }

    @Test
    void beforeTheOldestIdListsNothing() {
        List<Notification> stored = storeFor(ALICE, 3);

        assertThat(store.findPage(new NotificationPageRequest(ALICE, stored.get(0).id(), null, 20, false)))
                .isEmpty();
    }

    @Test
    void afterACursorListsNewerOnesOldestFirst() {
        List<Notification> stored = storeFor(ALICE, 5);

        List<Notification> page = store.findPage(
                new NotificationPageRequest(ALICE, null, stored.get(1).id(), 2, false));

        assertThat(page).containsExactly(stored.get(2), stored.get(3), stored.get(4));
    }

    @Test
    void afterTheNewestIdListsNothing() {
        List<Notification> stored = storeFor(ALICE, 3);

        assertThat(store.findPage(new NotificationPageRequest(ALICE, null, stored.get(2).id(), 20, false)))
                .isEmpty();
    }

    @Test
    void unreadOnlySkipsReadOnesOnEitherSideOfACursor() {
        List<Notification> stored = storeFor(ALICE, 6);
        store.markRead(ALICE, stored.get(1).id(), READ);
        store.markRead(ALICE, stored.get(4).id(), READ);

        assertThat(store.findPage(new NotificationPageRequest(ALICE, null, null, 20, true)))
                .extracting(Notification::id)
                .containsExactly(stored.get(5).id(), stored.get(3).id(), stored.get(2).id(), stored.get(0).id());
        assertThat(store.findPage(new NotificationPageRequest(ALICE, stored.get(3).id(), null, 20, true)))
                .extracting(Notification::id).containsExactly(stored.get(2).id(), stored.get(0).id());
        assertThat(store.findPage(new NotificationPageRequest(ALICE, null, stored.get(2).id(), 1, true)))
                .extracting(Notification::id).containsExactly(stored.get(3).id(), stored.get(5).id());
    }

    @Test
    void scrollingBackPageByPageSeesEveryNotificationOnce() {
        List<Notification> stored = storeFor(ALICE, 7);
        List<NotificationId> seen = new ArrayList<>();

        NotificationId before = null;
        while (true) {
            List<Notification> page = store.findPage(new NotificationPageRequest(ALICE, before, null, 3, false));
            List<Notification> shown = page.subList(0, Math.min(3, page.size()));
            shown.forEach(notification -> seen.add(notification.id()));
            if (page.size() <= 3) {
                break;
            }
            before = shown.get(shown.size() - 1).id();
        }

        assertThat(seen).containsExactlyElementsOf(reversed(stored.stream().map(Notification::id).toList()));
    }

    @Test
    void catchingUpAfterTheNewestSeenIdMissesNothingStoredSince() {
        List<Notification> earlier = storeFor(ALICE, 2);
        NotificationId newestSeen = earlier.get(1).id();
        List<Notification> since = storeFor(ALICE, 3);

        assertThat(store.findPage(new NotificationPageRequest(ALICE, null, newestSeen, 20, false)))
                .containsExactlyElementsOf(since);
    }

    // Marking read

    @Test
    void markingOneReadSetsItsReadTimeAndLowersTheUnreadCount() {
        List<Notification> stored = storeFor(ALICE, 2);

        assertThat(store.markRead(ALICE, stored.get(0).id(), READ)).isTrue();

        assertThat(store.findById(ALICE, stored.get(0).id())).get().extracting(Notification::readAt)
                .isEqualTo(READ);
        assertThat(store.countUnread(ALICE)).isEqualTo(1);
    }

    @Test
    void markingAReadNotificationAgainSucceedsAndKeepsTheFirstReadTime() {
        Notification notification = store.insertIfAbsent(notification(ALICE));
        store.markRead(ALICE, notification.id(), READ);

        assertThat(store.markRead(ALICE, notification.id(), READ.plusSeconds(60))).isTrue();

        assertThat(store.findById(ALICE, notification.id())).get().extracting(Notification::readAt)
                .isEqualTo(READ);
    }

    @Test
    void markingAnUnknownIdIsNotFound() {
        assertThat(store.markRead(ALICE, id(0xfff), READ)).isFalse();
    }

    @Test
    void markingAllReadReturnsHowManyChangedAndKeepsEarlierReadTimes() {
        List<Notification> stored = storeFor(ALICE, 4);
        store.markRead(ALICE, stored.get(0).id(), READ);
        Instant later = READ.plusSeconds(60);

        assertThat(store.markAllRead(ALICE, later)).isEqualTo(3);

        assertThat(store.countUnread(ALICE)).isZero();
        assertThat(store.findById(ALICE, stored.get(0).id())).get().extracting(Notification::readAt)
                .isEqualTo(READ);
        assertThat(store.findById(ALICE, stored.get(3).id())).get().extracting(Notification::readAt)
                .isEqualTo(later);
        assertThat(store.markAllRead(ALICE, later.plusSeconds(60))).isZero();
    }

    @Test
    void markingAllReadOnAnEmptyFeedChangesNothing() {
        assertThat(store.markAllRead(ALICE, READ)).isZero();
    }

    @Test
    void concurrentMarkAllReadChangesEachNotificationExactlyOnce() {
        storeFor(ALICE, 30);
        long unreadBefore = store.countUnread(ALICE);

        var outcomes = Concurrently.run(4, () -> store.markAllRead(ALICE, READ));

        assertThat(outcomes).allMatch(Concurrently.Outcome::succeeded);
        assertThat(outcomes.stream().mapToLong(Concurrently.Outcome::value).sum()).isEqualTo(unreadBefore);
        assertThat(store.countUnread(ALICE)).isZero();
    }

    @Test
    void concurrentMarkReadAndMarkAllReadLoseNoUpdate() {
        List<Notification> stored = storeFor(ALICE, 20);
        List<Callable<Long>> tasks = new ArrayList<>();
        for (Notification notification : stored.subList(0, 10)) {
            tasks.add(() -> store.markRead(ALICE, notification.id(), READ) ? 1L : 0L);
        }
        tasks.add(() -> store.markAllRead(ALICE, READ));
        tasks.add(() -> store.markAllRead(ALICE, READ));

        var outcomes = Concurrently.run(tasks);

        assertThat(outcomes).allMatch(Concurrently.Outcome::succeeded);
        assertThat(outcomes.subList(0, 10)).extracting(Concurrently.Outcome::value).containsOnly(1L);
        long changedByMarkAll = outcomes.get(10).value() + outcomes.get(11).value();
        assertThat(changedByMarkAll).isBetween(10L, 20L);
        assertThat(store.countUnread(ALICE)).isZero();
        assertThat(newestOf(ALICE, 50)).hasSize(20).allSatisfy(notification ->
                assertThat(notification.readAt()).isEqualTo(READ));
    }

    /** A new notification for the recipient, with the next id (ids grow in the order they are made). */
    protected Notification notification(EmployeeId recipient) {
        return notification(recipient, null);
    }

    private Notification notification(EmployeeId recipient, String dedupKey) {
        NotificationId id = nextId();
        return new Notification(id, dedupKey != null ? dedupKey : "ev-" + id.value() + ":" + recipient.value(),
                recipient, NotificationType.LEAVE_REQUEST_APPROVED, "Your leave request was approved",
                "Bob Baker approved your annual leave from 2026-12-07 to 2026-12-09 (3 working days).",
                new LeaveRequestId("lr-" + id.value()), new Actor(BOB, "Bob Baker"), CREATED, null);
    }

    private List<Notification> storeFor(EmployeeId recipient, int count) {
        List<Notification> stored = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            stored.add(store.insertIfAbsent(notification(recipient)));
        }
        return stored;
    }

    private List<Notification> newestOf(EmployeeId recipient, int limit) {
        return store.findPage(NotificationPageRequest.newest(recipient, limit));
    }

    private NotificationId nextId() {
        return id(nextId++);
    }

    private static <T> List<T> reversed(List<T> items) {
        List<T> copy = new ArrayList<>(items);
        Collections.reverse(copy);
        return copy;
    }

    private static NotificationId id(long value) {
        return new NotificationId(String.format("%024x", value));
    }
}
