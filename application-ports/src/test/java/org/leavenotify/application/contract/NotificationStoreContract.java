package org.leavenotify.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leavenotify.application.notification.NotificationPageRequest;
import org.leavenotify.application.notification.port.out.NotificationStorePort;
import org.leavenotify.domain.leave.Employees;
import org.leavenotify.domain.leave.LeaveRequestId;
import org.leavenotify.domain.notification.Actor;
import org.leavenotify.domain.notification.FeedPosition;
import org.leavenotify.domain.notification.Notification;
import org.leavenotify.domain.notification.NotificationDraft;
import org.leavenotify.domain.notification.NotificationId;
import org.leavenotify.domain.notification.NotificationType;
import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.shared.EventId;

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
    /** Event numbers, handed out to several writer threads at once in the concurrency tests. */
    private final AtomicLong nextEvent = new AtomicLong();

    /** The adapter under test, holding no notifications. */
    protected abstract NotificationStorePort emptyStore();

    @BeforeEach
    void startEmpty() {
        store = emptyStore();
        nextEvent.set(1);
    }

    // Storing notifications

    @Test
    void aStoredNotificationIsFoundWithEveryField() {
        NotificationDraft approved = draft(ALICE);
        NotificationDraft withoutRequest = new NotificationDraft(new EventId("welcome"), ALICE,
                NotificationType.LEAVE_REQUEST_SUBMITTED, "Hello", "No request behind this one", null,
                new Actor(BOB, "Bob Baker"), CREATED);

        Notification stored = append(approved);
        Notification storedWithoutRequest = append(withoutRequest);

        assertThat(stored).isEqualTo(approved.withId(stored.id()));
        assertThat(store.findById(ALICE, stored.id())).contains(stored);
        assertThat(store.findById(ALICE, storedWithoutRequest.id())).contains(withoutRequest.withId(storedWithoutRequest.id()));
    }

    @Test
    void storingASecondNotificationWithTheSameDedupKeyKeepsTheFirstAndReturnsIt() {
        Notification first = append(draft(ALICE, "ev-1"));
        NotificationDraft second = new NotificationDraft(new EventId("ev-1"), ALICE,
                NotificationType.LEAVE_REQUEST_CANCELLED, "Another title", "Another message", null,
                new Actor(BOB, "Bob Baker"), CREATED.plusSeconds(5));

        Notification returned = append(second);

        assertThat(returned).isEqualTo(first);
        assertThat(newestOf(ALICE, 10)).containsExactly(first);
    }

    @Test
    void anAppendSaysWhetherItStoredTheNotificationOrFoundItStoredAlready() {
        NotificationDraft draft = draft(ALICE);

        NotificationStorePort.Appended first = store.append(draft);
        NotificationStorePort.Appended again = store.append(draft);

        assertThat(first.isNew()).isTrue();
        assertThat(again.isNew()).isFalse();
        assertThat(again.notification()).isEqualTo(first.notification());
    }

    @Test
    void retryingTheSameNotificationStoresItOnce() {
        NotificationDraft draft = draft(ALICE);

        Notification stored = append(draft);
        Notification again = append(draft);

        assertThat(again).isEqualTo(stored);
        assertThat(newestOf(ALICE, 10)).containsExactly(stored);
        assertThat(store.countUnread(ALICE)).isEqualTo(1);
    }

    @Test
    void retryingLongAfterStillStoresOnce() {
        NotificationDraft early = draft(ALICE);
        Notification stored = append(early);
        storeFor(ALICE, 250);

        assertThat(append(early)).isEqualTo(stored);
        assertThat(store.countUnread(ALICE)).isEqualTo(251);
    }

    @Test
    void concurrentInsertsOfOneDedupKeyStoreExactlyOneAndAllReturnIt() {
        List<Callable<Notification>> attempts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            NotificationDraft attempt = draft(ALICE, "ev-race");
            attempts.add(() -> append(attempt));
        }

        var outcomes = Concurrently.run(attempts);

        assertThat(outcomes).allMatch(Concurrently.Outcome::succeeded);
        List<Notification> stored = newestOf(ALICE, 10);
        assertThat(stored).hasSize(1);
        assertThat(outcomes).extracting(Concurrently.Outcome::value).containsOnly(stored.get(0));
        assertThat(store.countUnread(ALICE)).isEqualTo(1);
    }

    // Feed positions

    @Test
    void eachNewNotificationTakesTheNextPlaceOfItsRecipientsFeed() {
        List<Notification> alices = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            alices.add(append(draft(ALICE)));
            append(draft(BOB));
        }

        List<FeedPosition> positions = alices.stream().map(n -> FeedPosition.of(n.id()).orElseThrow()).toList();
        assertThat(positions).extracting(FeedPosition::epoch).containsOnly(positions.get(0).epoch());
        assertThat(positions).extracting(FeedPosition::place).containsExactly(0L, 1L, 2L, 3L, 4L);
        assertThat(alices).extracting(Notification::id).isSorted();
    }

    @Test
    void aLongFeedPagesWithoutGapOrDuplicateEitherWay() {
        List<Notification> stored = storeFor(ALICE, 260);

        assertThat(catchUp(ALICE, stored.get(0).id(), 37)).containsExactlyElementsOf(stored.subList(1, stored.size()));
        assertThat(scrollBack(ALICE, 41)).containsExactlyElementsOf(reversed(stored));
        assertThat(store.countUnread(ALICE)).isEqualTo(260);
    }

    @Test
    void anIdOfAnotherEpochOrBeyondTheFeedIsNotFound() {
        Notification stored = append(draft(ALICE));
        FeedPosition position = FeedPosition.of(stored.id()).orElseThrow();

        assertThat(store.findById(ALICE, new FeedPosition(position.epoch() ^ 1, position.place()).id())).isEmpty();
        assertThat(store.findById(ALICE, new FeedPosition(position.epoch(), position.place() + 1).id())).isEmpty();
        assertThat(store.markRead(ALICE, new FeedPosition(position.epoch(), position.place() + 1).id(), READ)).isFalse();
        assertThat(store.countUnread(ALICE)).isEqualTo(1);
    }

    @Test
    void writersAppendingConcurrentlyWhileAReaderCatchesUpLoseNothingAndRepeatNothing() {
        int writers = 4;
        int each = 60;
        Notification first = append(draft(ALICE));
        AtomicInteger stillWriting = new AtomicInteger(writers);
        List<Callable<List<Notification>>> tasks = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            tasks.add(() -> {
                try {
                    return storeFor(ALICE, each);
                } finally {
                    stillWriting.decrementAndGet();
                }
            });
        }
        tasks.add(() -> readAfterUntilWritersAreDone(ALICE, first.id(), stillWriting));

        var outcomes = Concurrently.run(tasks);

        assertThat(outcomes).allMatch(Concurrently.Outcome::succeeded);
        List<Notification> written = outcomes.subList(0, writers).stream()
                .flatMap(outcome -> outcome.value().stream()).toList();
        List<Notification> read = outcomes.get(writers).value();
        assertThat(read).extracting(Notification::id).isSorted().doesNotHaveDuplicates();
        assertThat(read).containsExactlyInAnyOrderElementsOf(written);
        assertThat(read).extracting(notification -> FeedPosition.of(notification.id()).orElseThrow().place())
                .as("places without a hole").containsExactlyElementsOf(LongStream.rangeClosed(1, (long) writers * each).boxed().toList());
        assertThat(store.countUnread(ALICE)).isEqualTo(1L + writers * each);
    }

    // Keeping recipients apart

    @Test
    void anotherRecipientsNotificationIsNotFound() {
        Notification alices = append(draft(ALICE));

        assertThat(store.findById(BOB, alices.id())).isEmpty();
    }

    @Test
    void markingAnotherRecipientsNotificationReadIsNotFoundAndChangesNothing() {
        Notification alices = append(draft(ALICE));

        assertThat(store.markRead(BOB, alices.id(), READ)).isFalse();

        assertThat(store.findById(ALICE, alices.id())).get().extracting(Notification::isRead).isEqualTo(false);
        assertThat(store.countUnread(ALICE)).isEqualTo(1);
    }

    @Test
    void markingAllReadLeavesOtherRecipientsUnread() {
        append(draft(ALICE));
        append(draft(BOB));

        assertThat(store.markAllRead(BOB, READ)).isEqualTo(1);

        assertThat(store.countUnread(ALICE)).isEqualTo(1);
        assertThat(store.countUnread(BOB)).isZero();
    }

    @Test
    void pagesAndCountsHoldOnlyTheRecipientsOwnNotifications() {
        Notification alices = append(draft(ALICE));
        append(draft(BOB));
        Notification alicesLater = append(draft(ALICE));

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
        Notification notification = append(draft(ALICE));
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
    void theUnreadCountStaysExactAsALongFeedIsReadAndGrows() {
        List<Notification> stored = storeFor(ALICE, 230);
        for (Notification notification : stored.subList(0, 120)) {
            store.markRead(ALICE, notification.id(), READ);
        }
        assertThat(store.countUnread(ALICE)).isEqualTo(110);
        assertThat(store.markAllRead(ALICE, READ)).isEqualTo(110);
        assertThat(store.countUnread(ALICE)).isZero();

        List<Notification> more = storeFor(ALICE, 3);
        assertThat(store.countUnread(ALICE)).isEqualTo(3);
        store.markRead(ALICE, more.get(1).id(), READ);
        store.markRead(ALICE, stored.get(0).id(), READ);
        assertThat(store.countUnread(ALICE)).isEqualTo(2);
        assertThat(store.findPage(new NotificationPageRequest(ALICE, null, null, 50, true)))
                .containsExactly(more.get(2), more.get(0));
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

    // Marking unread, archiving

    @Test
    void markingUnreadAgainCountsItAgainAndClearsItsReadTime() {
        List<Notification> stored = storeFor(ALICE, 3);
        store.markAllRead(ALICE, READ);

        assertThat(store.markUnread(ALICE, stored.get(1).id())).isTrue();
        assertThat(store.markUnread(ALICE, stored.get(1).id())).as("unread already").isTrue();

        assertThat(store.countUnread(ALICE)).isEqualTo(1);
        assertThat(store.findById(ALICE, stored.get(1).id())).get().extracting(Notification::readAt).isNull();
        assertThat(store.findPage(new NotificationPageRequest(ALICE, null, null, 10, true)))
                .extracting(Notification::id).containsExactly(stored.get(1).id());
    }

    @Test
    void anOldOneMarkedUnreadAfterALongFeedWasReadAndCountedIsCountedAgain() {
        List<Notification> stored = storeFor(ALICE, 80);
        store.markAllRead(ALICE, READ);
        assertThat(store.countUnread(ALICE)).isZero();

        store.markUnread(ALICE, stored.get(3).id());
        store.archive(ALICE, stored.get(40).id(), READ);
        store.markUnread(ALICE, stored.get(40).id());
        assertThat(store.countUnread(ALICE)).isEqualTo(1);
        store.unarchive(ALICE, stored.get(40).id());

        assertThat(store.countUnread(ALICE)).isEqualTo(2);
        assertThat(store.findPage(new NotificationPageRequest(ALICE, null, null, 100, true)))
                .extracting(Notification::id).containsExactly(stored.get(40).id(), stored.get(3).id());
    }

    @Test
    void anArchivedNotificationLeavesTheInboxAndItsUnreadCountAndComesBackWhenUnarchived() {
        List<Notification> stored = storeFor(ALICE, 3);

        assertThat(store.archive(ALICE, stored.get(1).id(), READ)).isTrue();
        assertThat(store.archive(ALICE, stored.get(1).id(), READ.plusSeconds(60))).as("archived already").isTrue();

        assertThat(store.countUnread(ALICE)).isEqualTo(2);
        assertThat(newestOf(ALICE, 10)).extracting(Notification::id).containsExactly(stored.get(2).id(), stored.get(0).id());
        assertThat(store.findPage(new NotificationPageRequest(ALICE, null, null, 10, false, true)))
                .singleElement().satisfies(archived -> {
                    assertThat(archived.id()).isEqualTo(stored.get(1).id());
                    assertThat(archived.archivedAt()).isEqualTo(READ);
                    assertThat(archived.isRead()).isFalse();
                });

        assertThat(store.unarchive(ALICE, stored.get(1).id())).isTrue();

        assertThat(store.countUnread(ALICE)).isEqualTo(3);
        assertThat(newestOf(ALICE, 10)).hasSize(3);
        assertThat(store.findById(ALICE, stored.get(1).id())).get().extracting(Notification::archivedAt).isNull();
    }

    @Test
    void readingOrUnreadingAnArchivedOneLeavesTheCountAloneAndMarkingAllReadLeavesItAsItIs() {
        List<Notification> stored = storeFor(ALICE, 2);
        store.archive(ALICE, stored.get(0).id(), READ);

        store.markRead(ALICE, stored.get(0).id(), READ);
        store.markUnread(ALICE, stored.get(0).id());
        assertThat(store.countUnread(ALICE)).isEqualTo(1);

        assertThat(store.markAllRead(ALICE, READ)).as("the inbox's one").isEqualTo(1);
        assertThat(store.countUnread(ALICE)).isZero();
        store.unarchive(ALICE, stored.get(0).id());
        assertThat(store.countUnread(ALICE)).as("back in the inbox, still unread").isEqualTo(1);
    }

    @Test
    void anotherRecipientsNotificationCannotBeUnreadArchivedOrUnarchived() {
        Notification alices = append(draft(ALICE));
        store.markRead(ALICE, alices.id(), READ);

        assertThat(store.markUnread(BOB, alices.id())).isFalse();
        assertThat(store.archive(BOB, alices.id(), READ)).isFalse();
        assertThat(store.unarchive(BOB, alices.id())).isFalse();
        assertThat(store.archive(ALICE, id(0x5), READ)).isFalse();

        assertThat(store.findById(ALICE, alices.id())).get().satisfies(unchanged -> {
            assertThat(unchanged.isRead()).isTrue();
            assertThat(unchanged.isArchived()).isFalse();
        });
    }

    @Test
    void theUnreadCountStaysExactUnderConcurrentReadingUnreadingArchivingAndNewOnes() {
        List<Notification> stored = storeFor(ALICE, 40);
        List<Callable<Boolean>> tasks = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Notification notification = stored.get(i);
            switch (i % 4) {
                case 0 -> tasks.add(() -> store.markRead(ALICE, notification.id(), READ));
                case 1 -> tasks.add(() -> store.archive(ALICE, notification.id(), READ));
                case 2 -> tasks.add(() -> store.markRead(ALICE, notification.id(), READ)
                        && store.markUnread(ALICE, notification.id()));
                default -> tasks.add(() -> store.archive(ALICE, notification.id(), READ)
                        && store.unarchive(ALICE, notification.id()));
            }
        }
        for (int i = 0; i < 10; i++) {
            tasks.add(() -> append(draft(ALICE)) != null);
        }

        var outcomes = Concurrently.run(tasks);

        assertThat(outcomes).allMatch(outcome -> outcome.succeeded() && outcome.value());
        long expected = newestOf(ALICE, 100).stream().filter(n -> !n.isRead()).count();
        assertThat(expected).as("20 of the 40 left unread in the inbox, and the 10 new").isEqualTo(30);
        assertThat(store.countUnread(ALICE)).isEqualTo(expected);
    }

    // Retention

    @Test
    void readNotificationsCreatedBeforeTheCutoffAreRemovedAndNothingElse() {
        Instant cutoff = CREATED.plus(Duration.ofDays(1));
        Notification oldRead = append(draftAt(ALICE, CREATED));
        Notification oldUnread = append(draftAt(ALICE, CREATED));
        Notification otherOldRead = append(draftAt(ALICE, CREATED.plusSeconds(1)));
        Notification recentRead = append(draftAt(ALICE, cutoff));
        Notification bobsOldRead = append(draftAt(BOB, CREATED));
        for (Notification read : List.of(oldRead, otherOldRead, recentRead)) {
            store.markRead(ALICE, read.id(), READ);
        }
        store.markRead(BOB, bobsOldRead.id(), READ);

        assertThat(store.removeReadCreatedBefore(cutoff, 100)).isEqualTo(3);

        assertThat(store.findById(ALICE, oldRead.id())).isEmpty();
        assertThat(store.findById(BOB, bobsOldRead.id())).isEmpty();
        assertThat(store.markRead(ALICE, oldRead.id(), READ)).as("a removed one is not found").isFalse();
        assertThat(newestOf(ALICE, 10)).extracting(Notification::id).containsExactly(recentRead.id(), oldUnread.id());
        assertThat(store.countUnread(ALICE)).isEqualTo(1);
        assertThat(store.removeReadCreatedBefore(cutoff, 100)).as("nothing left to remove").isZero();
    }

    @Test
    void afterALongFeedIsRemovedCursorsAndPagingGoOn() {
        List<Notification> stored = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            stored.add(append(draftAt(ALICE, CREATED)));
        }
        store.markAllRead(ALICE, READ);

        assertThat(store.removeReadCreatedBefore(CREATED.plusSeconds(1), 1000)).isEqualTo(60);

        assertThat(newestOf(ALICE, 10)).isEmpty();
        Notification later = append(draft(ALICE));
        assertThat(store.findPage(new NotificationPageRequest(ALICE, null, stored.get(59).id(), 10, false)))
                .containsExactly(later);
        assertThat(newestOf(ALICE, 10)).containsExactly(later);
        assertThat(store.countUnread(ALICE)).isEqualTo(1);
    }

    /** A new draft for the recipient, about an event of its own. */
    protected NotificationDraft draft(EmployeeId recipient) {
        return draft(recipient, "ev-" + nextEvent.getAndIncrement());
    }

    private NotificationDraft draft(EmployeeId recipient, String eventId) {
        return draft(recipient, eventId, CREATED);
    }

    private NotificationDraft draftAt(EmployeeId recipient, Instant created) {
        return draft(recipient, "ev-" + nextEvent.getAndIncrement(), created);
    }

    private static NotificationDraft draft(EmployeeId recipient, String eventId, Instant created) {
        return new NotificationDraft(new EventId(eventId), recipient, NotificationType.LEAVE_REQUEST_APPROVED,
                "Your leave request was approved",
                "Bob Baker approved your annual leave from 2026-12-07 to 2026-12-09 (3 working days).",
                new LeaveRequestId("lr-" + eventId), new Actor(BOB, "Bob Baker"), created);
    }

    private Notification append(NotificationDraft draft) {
        return store.append(draft).notification();
    }

    private List<Notification> storeFor(EmployeeId recipient, int count) {
        List<Notification> stored = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            stored.add(append(draft(recipient)));
        }
        return stored;
    }

    private List<Notification> newestOf(EmployeeId recipient, int limit) {
        return store.findPage(NotificationPageRequest.newest(recipient, limit));
    }

    private List<Notification> pageAfter(EmployeeId recipient, NotificationId after, int limit) {
        List<Notification> page = store.findPage(new NotificationPageRequest(recipient, null, after, limit, false));
        return page.subList(0, Math.min(limit, page.size()));
    }

    /** Every notification after the cursor, page by page, oldest first. */
    private List<Notification> catchUp(EmployeeId recipient, NotificationId after, int limit) {
        List<Notification> seen = new ArrayList<>();
        NotificationId cursor = after;
        while (true) {
            List<Notification> page = pageAfter(recipient, cursor, limit);
            if (page.isEmpty()) {
                return seen;
            }
            seen.addAll(page);
            cursor = page.get(page.size() - 1).id();
        }
    }

    /** Every notification, page by page, newest first. */
    private List<Notification> scrollBack(EmployeeId recipient, int limit) {
        List<Notification> seen = new ArrayList<>();
        NotificationId before = null;
        while (true) {
            List<Notification> page = store.findPage(new NotificationPageRequest(recipient, before, null, limit, false));
            List<Notification> shown = page.subList(0, Math.min(limit, page.size()));
            seen.addAll(shown);
            if (page.size() <= limit) {
                return seen;
            }
            before = shown.get(shown.size() - 1).id();
        }
    }

    /** Pages after the cursor as a reconnecting client does, until the writers are done and nothing is left. */
    private List<Notification> readAfterUntilWritersAreDone(EmployeeId recipient, NotificationId cursor,
                                                           AtomicInteger stillWriting) {
        List<Notification> read = new ArrayList<>();
        NotificationId after = cursor;
        while (true) {
            boolean writersDone = stillWriting.get() == 0;
            List<Notification> page = pageAfter(recipient, after, 50);
            read.addAll(page);
            if (!page.isEmpty()) {
                after = page.get(page.size() - 1).id();
            } else if (writersDone) {
                return read;
            }
        }
    }

    private static <T> List<T> reversed(List<T> items) {
        List<T> copy = new ArrayList<>(items);
        Collections.reverse(copy);
        return copy;
    }

    /** An id in no feed: epoch 0 is as likely as any other, place 2^40 is far beyond any test's feed. */
    private static NotificationId id(long value) {
        return new FeedPosition(0, (1L << 40) + value).id();
    }
}
