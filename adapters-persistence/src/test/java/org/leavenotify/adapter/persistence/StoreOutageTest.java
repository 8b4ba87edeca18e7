package org.leavenotify.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leavenotify.adapter.memory.InMemoryPresence;
import org.leavenotify.adapter.memory.InMemoryPushNotifications;
import org.leavenotify.application.leave.port.out.EmployeeDirectoryPort;
import org.leavenotify.application.leave.port.out.LeaveRequestRepositoryPort;
import org.leavenotify.application.notification.NotificationDispatcher;
import org.leavenotify.application.notification.NotificationPageRequest;
import org.leavenotify.application.notification.port.out.NotificationStorePort;
import org.leavenotify.application.shared.StoreUnavailable;
import org.leavenotify.application.shared.TimeOrderedIdGenerator;
import org.leavenotify.domain.leave.Employees;
import org.leavenotify.domain.leave.LeaveRequest;
import org.leavenotify.domain.leave.LeaveRequests;
import org.leavenotify.domain.leave.LeaveStatus;
import org.leavenotify.domain.organisation.Employee;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The store goes away while the application runs (the server it is connected to through
 * {@code spring.mongodb.uri} stops), then comes back on the same port. Callers are refused with
 * {@link StoreUnavailable} (a 503 at the edge) instead of waiting, nothing is half applied, and the
 * same context works again once the store is back, without a restart.
 *
 * <p>The first test runs with the default timeouts (the client gives up after about 2 s); the others
 * lower the server-selection timeout to keep the build fast. The time limits only keep a hang from
 * blocking the build.
 */
class StoreOutageTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(30);

    private final Path dataDir = MongoStores.freshDataDir("outage");
    private EmbeddedMongoStore server;
    private ConfigurableApplicationContext context;
    private LeaveRequestRepositoryPort requests;

    private void connectToARunningStore(Map<String, Object> settings) {
        server = EmbeddedMongoStore.start(dataDir, 0);
        Map<String, Object> properties = new HashMap<>(settings);
        properties.put("spring.mongodb.uri", server.connectionString());
        context = MongoStores.start(properties);
        requests = context.getBean(LeaveRequestRepositoryPort.class);
        EmployeeDirectoryPort directory = context.getBean(EmployeeDirectoryPort.class);
        for (Employee employee : List.of(Employees.hana(), Employees.bob(), Employees.alice())) {
            directory.save(employee);
        }
    }

    private void connectWithAShortTimeout() {
        connectToARunningStore(Map.of("leavenotify.mongodb.server-selection-timeout", "500ms"));
    }

    @AfterEach
    void stopEverything() {
        if (context != null) {
            context.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aDecisionWhileTheStoreIsDownIsRefusedAndNothingIsStoredHalfWay() {
        connectToARunningStore(Map.of());
        LeaveRequest pending = requests.save(LeaveRequests.aPendingRequest());
        LeaveRequest decided = requests.findById(pending.id()).orElseThrow();
        decided.approve(Employees.bob(), Employees.alice(), "Enjoy", LeaveRequests.NOW, LeaveRequests.nextEventId());
        LeaveRequest submittedMeanwhile = LeaveRequests.aRequest().by(Employees.carol()).submit();

        server.close();

        assertTimeoutPreemptively(HANG_GUARD, () -> {
            assertThatThrownBy(() -> requests.save(decided)).isInstanceOf(StoreUnavailable.class);
            assertThatThrownBy(() -> requests.save(submittedMeanwhile)).isInstanceOf(StoreUnavailable.class);
            assertThatThrownBy(() -> requests.findById(pending.id())).isInstanceOf(StoreUnavailable.class);
        });

        restartOnTheSamePort();

        LeaveRequest stored = requests.findById(pending.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(LeaveStatus.PENDING);
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.undispatchedEvents()).hasSize(1);
        assertThat(requests.findById(submittedMeanwhile.id())).isEmpty();
        assertThat(requests.save(decided).status()).isEqualTo(LeaveStatus.APPROVED);
    }

    @Test
    void everyPortReportsTheOutageAsStoreUnavailable() {
        connectWithAShortTimeout();
        NotificationStorePort notifications = context.getBean(NotificationStorePort.class);
        EmployeeDirectoryPort directory = context.getBean(EmployeeDirectoryPort.class);

        server.close();

        assertTimeoutPreemptively(HANG_GUARD, () -> {
            assertThatThrownBy(() -> notifications.countUnread(Employees.ALICE)).isInstanceOf(StoreUnavailable.class);
            assertThatThrownBy(() -> notifications.markAllRead(Employees.ALICE, LeaveRequests.NOW))
                    .isInstanceOf(StoreUnavailable.class);
            assertThatThrownBy(() -> directory.findByUsername("alice")).isInstanceOf(StoreUnavailable.class);
            assertThatThrownBy(() -> requests.findWithUndispatchedEvents(10)).isInstanceOf(StoreUnavailable.class);
        });
    }

    @Test
    void aDispatchThatFailsDuringTheOutageIsCompletedOnceAfterIt() {
        connectWithAShortTimeout();
        InMemoryPresence presence = new InMemoryPresence();
        presence.connected(Employees.BOB);
        InMemoryPushNotifications push = new InMemoryPushNotifications();
        NotificationStorePort notifications = context.getBean(NotificationStorePort.class);
        NotificationDispatcher dispatcher = new NotificationDispatcher(requests,
                context.getBean(EmployeeDirectoryPort.class), notifications, presence, push,
                new TimeOrderedIdGenerator(Clock.systemUTC()), Clock.systemUTC());
        LeaveRequest submitted = requests.save(LeaveRequests.aPendingRequest());

        server.close();
        assertTimeoutPreemptively(HANG_GUARD, () ->
                assertThatThrownBy(() -> dispatcher.dispatch(submitted.id())).isInstanceOf(StoreUnavailable.class));
        restartOnTheSamePort();

        assertThat(requests.findWithUndispatchedEvents(10)).containsExactly(submitted.id());
        assertThat(dispatcher.dispatchPending(10)).isEqualTo(1);
        assertThat(notifications.findPage(NotificationPageRequest.newest(Employees.BOB, 10))).singleElement()
                .satisfies(notification -> assertThat(push.deliveredTo(Employees.BOB)).containsExactly(notification));
        assertThat(requests.findWithUndispatchedEvents(10)).isEmpty();
    }

    /** The same data file on the same port; the client finds it again by itself. */
    private void restartOnTheSamePort() {
        server = EmbeddedMongoStore.start(dataDir, server.port(), server.secret());
        await().atMost(HANG_GUARD)
                .ignoreException(StoreUnavailable.class)
                .until(() -> requests.findWithUndispatchedEvents(1) != null);
    }
}
