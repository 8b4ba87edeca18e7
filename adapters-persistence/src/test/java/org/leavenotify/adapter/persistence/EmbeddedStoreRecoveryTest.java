package org.leavenotify.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.leavenotify.adapter.memory.InMemoryPresence;
import org.leavenotify.adapter.memory.InMemoryPushNotifications;
import org.leavenotify.application.leave.port.out.EmployeeDirectoryPort;
import org.leavenotify.application.leave.port.out.LeaveRequestRepositoryPort;
import org.leavenotify.application.notification.NotificationDispatcher;
import org.leavenotify.application.notification.NotificationPageRequest;
import org.leavenotify.application.notification.port.out.NotificationStorePort;
import org.leavenotify.application.shared.TimeOrderedIdGenerator;
import org.leavenotify.domain.leave.Employees;
import org.leavenotify.domain.leave.LeaveEvent;
import org.leavenotify.domain.leave.LeaveRequest;
import org.leavenotify.domain.leave.LeaveRequestId;
import org.leavenotify.domain.leave.LeaveRequests;
import org.leavenotify.domain.notification.Actor;
import org.leavenotify.domain.notification.Notification;
import org.leavenotify.domain.notification.NotificationDraft;
import org.leavenotify.domain.notification.NotificationPolicy;
import org.leavenotify.domain.notification.NotificationType;
import org.leavenotify.domain.organisation.Employee;
import org.leavenotify.domain.shared.EventId;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The embedded store across a restart of the process, on the same data directory. "Dying" cuts the
 * data file off without closing it ({@code MVStore.closeImmediately()}, which writes nothing more), as a
 * killed process would leave it; then a new context opens the same directory.
 */
class EmbeddedStoreRecoveryTest {

    private static final Instant READ = Instant.parse("2026-11-26T12:00:00.250Z");

    private final Path dataDir = MongoStores.freshDataDir("recovery");

    @Test
    void aDecisionStoredBeforeTheProcessDiedIsNotifiedExactlyOnceAfterTheRestart() {
        LeaveRequestId requestId;
        try (ConfigurableApplicationContext before = startEmbedded()) {
            requestId = storeAnApprovalWithItsEventUndispatched(before);
            die(before);
        }

        try (ConfigurableApplicationContext after = startEmbedded()) {
            Dispatch dispatch = new Dispatch(after);

            assertThat(dispatch.dispatcher.dispatchPending(10)).isEqualTo(1);

            List<Notification> alices = feedOf(after, Employees.alice());
            assertThat(alices).singleElement().satisfies(notification -> {
                assertThat(notification.type()).isEqualTo(NotificationType.LEAVE_REQUEST_APPROVED);
                assertThat(notification.leaveRequestId()).isEqualTo(requestId);
            });
            assertThat(dispatch.push.deliveredTo(Employees.ALICE)).containsExactlyElementsOf(alices);
            assertThat(dispatch.push.lastUnreadCountOf(Employees.ALICE)).isEqualTo(1);
            assertThat(after.getBean(LeaveRequestRepositoryPort.class).findWithUndispatchedEvents(10)).isEmpty();

            assertThat(dispatch.dispatcher.dispatchPending(10)).isZero();
            assertThat(feedOf(after, Employees.alice())).isEqualTo(alices);
            assertThat(dispatch.push.deliveredTo(Employees.ALICE)).hasSize(1);
        }
    }

    @Test
    void aProcessThatDiedBetweenStoringTheNotificationAndClearingTheOutboxStillNotifiesOnce() {
        Notification storedBeforeDying;
        try (ConfigurableApplicationContext before = startEmbedded()) {
            LeaveRequestId requestId = storeAnApprovalWithItsEventUndispatched(before);
            storedBeforeDying = storeTheNotificationsButLeaveTheOutbox(before, requestId);
            die(before);
        }

        try (ConfigurableApplicationContext after = startEmbedded()) {
            Dispatch dispatch = new Dispatch(after);

            dispatch.dispatcher.dispatchPending(10);
            dispatch.dispatcher.dispatchPending(10);

            assertThat(feedOf(after, Employees.alice())).containsExactly(storedBeforeDying);
            assertThat(dispatch.push.deliveredTo(Employees.ALICE)).containsExactly(storedBeforeDying);
            assertThat(after.getBean(LeaveRequestRepositoryPort.class).findWithUndispatchedEvents(10)).isEmpty();
        }
    }

    @Test
    void restartingKeepsEveryNotificationAndItsReadState() {
        List<Notification> before;
        try (ConfigurableApplicationContext first = startEmbedded()) {
            before = storeThreeForAliceAndReadTheFirst(first);
        }

        try (ConfigurableApplicationContext second = startEmbedded()) {
            assertThat(feedOf(second, Employees.alice())).containsExactlyElementsOf(before);
            assertThat(second.getBean(NotificationStorePort.class).countUnread(Employees.ALICE)).isEqualTo(2);
        }
    }

    @Test
    void dyingRightAfterMarkingAllReadKeepsThemRead() {
        try (ConfigurableApplicationContext first = startEmbedded()) {
            storeThreeForAliceAndReadTheFirst(first);
            assertThat(first.getBean(NotificationStorePort.class).markAllRead(Employees.ALICE, READ.plusSeconds(1)))
                    .isEqualTo(2);
            die(first);
        }

        try (ConfigurableApplicationContext second = startEmbedded()) {
            List<Notification> feed = feedOf(second, Employees.alice());
            assertThat(feed).hasSize(3).allMatch(Notification::isRead);
            assertThat(feed.get(2).readAt()).isEqualTo(READ);
            assertThat(second.getBean(NotificationStorePort.class).countUnread(Employees.ALICE)).isZero();
        }
    }

    private ConfigurableApplicationContext startEmbedded() {
        return MongoStores.start(MongoStores.embeddedAt(dataDir));
    }

    /** The data file is cut off with nothing more written, as a killed process would leave it. */
    private static void die(ConfigurableApplicationContext context) {
        context.getBean(EmbeddedMongoStore.class).backend().getMvStore().closeImmediately();
    }

    /** Alice's request, approved by Bob: the approval is stored and its event waits in the outbox. */
    private static LeaveRequestId storeAnApprovalWithItsEventUndispatched(ConfigurableApplicationContext context) {
        EmployeeDirectoryPort directory = context.getBean(EmployeeDirectoryPort.class);
        for (Employee employee : List.of(Employees.hana(), Employees.bob(), Employees.alice())) {
            directory.save(employee);
        }
        LeaveRequestRepositoryPort requests = context.getBean(LeaveRequestRepositoryPort.class);
        LeaveRequest submitted = requests.save(LeaveRequests.aPendingRequest());
        requests.markDispatched(submitted.id(), eventIds(submitted));
        LeaveRequest read = requests.findById(submitted.id()).orElseThrow();
        read.approve(Employees.bob(), Employees.alice(), "Enjoy", LeaveRequests.NOW, LeaveRequests.nextEventId());
        LeaveRequest approved = requests.save(read);
        assertThat(approved.undispatchedEvents()).hasSize(1);
        return approved.id();
    }

    /** The first half of a dispatch: the notifications are stored, the outbox is not cleared. */
    private static Notification storeTheNotificationsButLeaveTheOutbox(ConfigurableApplicationContext context,
                                                                       LeaveRequestId requestId) {
        LeaveRequest request = context.getBean(LeaveRequestRepositoryPort.class).findById(requestId).orElseThrow();
        EmployeeDirectoryPort directory = context.getBean(EmployeeDirectoryPort.class);
        NotificationPolicy policy = new NotificationPolicy(id -> directory.findById(id).orElseThrow().displayName(),
                List::of);
        NotificationStorePort store = context.getBean(NotificationStorePort.class);
        return policy.draftsFor(request.undispatchedEvents().get(0)).stream()
                .map(draft -> store.append(draft).notification())
                .reduce((first, second) -> second)
                .orElseThrow();
    }

    private static List<Notification> storeThreeForAliceAndReadTheFirst(ConfigurableApplicationContext context) {
        NotificationStorePort store = context.getBean(NotificationStorePort.class);
        for (int i = 0; i < 3; i++) {
            store.append(new NotificationDraft(new EventId("ev-" + i), Employees.ALICE,
                    NotificationType.LEAVE_REQUEST_APPROVED, "Approved", "Bob Baker approved your leave.",
                    new LeaveRequestId("lr-" + i), new Actor(Employees.BOB, "Bob Baker"), LeaveRequests.NOW.plusMillis(i)));
        }
        List<Notification> feed = feedOf(context, Employees.alice());
        assertThat(store.markRead(Employees.ALICE, feed.get(2).id(), READ)).isTrue();
        return feedOf(context, Employees.alice());
    }

    private static List<Notification> feedOf(ConfigurableApplicationContext context, Employee recipient) {
        return context.getBean(NotificationStorePort.class)
                .findPage(NotificationPageRequest.newest(recipient.id(), 50));
    }

    private static Set<EventId> eventIds(LeaveRequest request) {
        return request.undispatchedEvents().stream().map(LeaveEvent::eventId).collect(Collectors.toSet());
    }

    /** The dispatcher on the context's MongoDB adapters, with Alice online and pushes kept in memory. */
    private static final class Dispatch {

        final InMemoryPushNotifications push = new InMemoryPushNotifications();
        final NotificationDispatcher dispatcher;

        Dispatch(ConfigurableApplicationContext context) {
            InMemoryPresence presence = new InMemoryPresence();
            presence.connected(Employees.ALICE);
            dispatcher = new NotificationDispatcher(context.getBean(LeaveRequestRepositoryPort.class),
                    context.getBean(EmployeeDirectoryPort.class), context.getBean(NotificationStorePort.class),
                    presence, push, new TimeOrderedIdGenerator(Clock.systemUTC()), Clock.systemUTC());
        }
    }
}
