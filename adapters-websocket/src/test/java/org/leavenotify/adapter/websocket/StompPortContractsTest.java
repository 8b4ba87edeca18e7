package org.leavenotify.adapter.websocket;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.leavenotify.application.contract.PresenceContract;
import org.leavenotify.application.contract.PushNotificationContract;
import org.leavenotify.application.notification.port.out.PresencePort;
import org.leavenotify.application.notification.port.out.PushNotificationPort;
import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.testsupport.StompTestClient;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The notification ports' contracts against their STOMP adapters on the in-process broker
 * ({@code StompNotificationPusher}, {@code SimpUserRegistryPresence}), with real STOMP sessions over a
 * WebSocket: a device is a session subscribed to the user destinations of the contract.
 */
class StompPortContractsTest extends StompIntegrationTest {

    private static final String NOTIFICATIONS = "/user/queue/notifications";
    private static final String UNREAD_COUNT = "/user/queue/notifications/unread-count";
    private static final String CHANGES = "/user/queue/notifications/changes";

    @Autowired
    PushNotificationPort pushPort;

    @Nested
    class Push extends PushNotificationContract {

        @Override
        protected PushNotificationPort push() {
            return pushPort;
        }

        @Override
        @SuppressWarnings("unchecked")
        protected Device connect(EmployeeId employee) {
            StompTestClient.Session session = connectAs(employee);
            session.subscribe(NOTIFICATIONS);
            session.subscribe(UNREAD_COUNT);
            session.subscribe(CHANGES);
            return new Device() {
                @Override
                public String nextNotificationId() {
                    return (String) session.next(NOTIFICATIONS).get("id");
                }

                @Override
                public long nextUnreadCount() {
                    return ((Number) session.next(UNREAD_COUNT).get("unreadCount")).longValue();
                }

                @Override
                public String nextChange() {
                    Map<String, Object> change = session.next(CHANGES);
                    return change.get("change") + " " + String.join(",", (List<String>) change.get("ids")) + " "
                            + change.get("unreadCount");
                }
            };
        }
    }

    @Nested
    class Presence extends PresenceContract {

        @Override
        protected PresencePort presence() {
            return presence;
        }

        @Override
        protected OpenSession open(EmployeeId employee) {
            StompTestClient.Session session = connectAs(employee);
            return () -> session.stomp().disconnect();
        }

        /** The registry learns of a session from the broker's events, a moment after the client. */
        @Override
        protected void awaitCount(EmployeeId employee, int expected) {
            await().atMost(Duration.ofSeconds(StompTestClient.TIMEOUT_SECONDS))
                    .until(() -> presence.sessionCount(employee) == expected);
        }
    }
}
