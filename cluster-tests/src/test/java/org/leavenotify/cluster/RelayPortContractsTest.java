package org.leavenotify.cluster;

import static org.awaitility.Awaitility.await;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.leavenotify.application.contract.PresenceContract;
import org.leavenotify.application.contract.PushNotificationContract;
import org.leavenotify.application.notification.port.out.PresencePort;
import org.leavenotify.application.notification.port.out.PushNotificationPort;
import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.testsupport.StompFrame;
import org.leavenotify.testsupport.StompFrameClient;

/**
 * The notification ports' contracts against their relay-mode adapters ({@code RelayNotificationPusher},
 * {@code ClusterPresence}), across two nodes: the port is node A's, every session is opened on node B, so a
 * push travels through RabbitMQ and presence is learnt from the other node's sessions.
 */
class RelayPortContractsTest {

    private static final String NOTIFICATIONS = StompFrameClient.NOTIFICATIONS;
    private static final String UNREAD_COUNT = "/user/queue/notifications/unread-count";
    private static final String CHANGES = "/user/queue/notifications/changes";

    private static Cluster cluster;
    private static Api nodeB;
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private final List<StompFrameClient> opened = new ArrayList<>();

    @BeforeAll
    static void startTheCluster() {
        cluster = Cluster.get();
        nodeB = new Api(cluster.b.port());
    }

    /** A session of {@code employee} on node B (the contracts' people are demo users). */
    private StompFrameClient onNodeB(EmployeeId employee) {
        String token = TOKENS.computeIfAbsent(employee.value(), nodeB::login);
        StompFrameClient connection = StompFrameClient.connect(cluster.b.port(), token);
        opened.add(connection);
        return connection;
    }

    /** Every session a test opened is closed, and node A has seen them go, before the next test counts. */
    @AfterEach
    void closeEverySession() {
        opened.forEach(StompFrameClient::close);
        PresencePort presenceOnA = cluster.a.bean(PresencePort.class);
        await().atMost(StompFrameClient.PATIENCE).until(() ->
                presenceOnA.sessionCount(new EmployeeId("alice")) == 0 && presenceOnA.sessionCount(new EmployeeId("bob")) == 0);
    }

    @Nested
    class Push extends PushNotificationContract {

        @Override
        protected PushNotificationPort push() {
            return cluster.a.bean(PushNotificationPort.class);
        }

        @Override
        @SuppressWarnings("unchecked")
        protected Device connect(EmployeeId employee) {
            StompFrameClient session = onNodeB(employee);
            session.subscribe(NOTIFICATIONS);
            session.subscribe(UNREAD_COUNT);
            session.subscribe(CHANGES);
            return new Device() {
                private int notifications;
                private int counts;
                private int changes;

                @Override
                public String nextNotificationId() {
                    return (String) body(session.message(NOTIFICATIONS, notifications++)).get("id");
                }

                @Override
                public long nextUnreadCount() {
                    return ((Number) body(session.message(UNREAD_COUNT, counts++)).get("unreadCount")).longValue();
                }

                @Override
                public String nextChange() {
                    Map<String, Object> change = body(session.message(CHANGES, changes++));
                    return change.get("change") + " " + String.join(",", (List<String>) change.get("ids")) + " "
                            + change.get("unreadCount");
                }
            };
        }

        private static Map<String, Object> body(StompFrame message) {
            return Api.parse(message.body());
        }
    }

    @Nested
    class Presence extends PresenceContract {

        @Override
        protected PresencePort presence() {
            return cluster.a.bean(PresencePort.class);
        }

        @Override
        protected OpenSession open(EmployeeId employee) {
            return onNodeB(employee)::close;
        }

        /** Relay mode never reports anyone certainly offline (see {@code ClusterPresence}): every notification is pushed. */
        @Override
        protected boolean knowsWhenSomeoneIsOffline() {
            return false;
        }

        /** Node A learns of node B's sessions through the broker, a moment after they open or close. */
        @Override
        protected void awaitCount(EmployeeId employee, int expected) {
            await().atMost(StompFrameClient.PATIENCE).until(() -> presence().sessionCount(employee) == expected);
        }
    }
}
