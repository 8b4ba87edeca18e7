package org.leavenotify.adapter.websocket;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.leavenotify.adapter.websocket.routing.ExactDestinationSubscriptionRegistry;
import org.leavenotify.application.notification.NotificationPageRequest;
import org.leavenotify.domain.leave.LeaveRequest;
import org.leavenotify.domain.notification.Notification;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.messaging.simp.broker.SimpleBrokerMessageHandler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leavenotify.application.demo.DemoOrganisation.ALICE;
import static org.leavenotify.application.demo.DemoOrganisation.BOB;
import static org.leavenotify.application.demo.DemoOrganisation.CAROL;

/** Notifications reach every open session of their recipient, live, and wait in the store otherwise. */
class StompNotificationDeliveryTest extends StompIntegrationTest {

    @Autowired
    SimpleBrokerMessageHandler broker;

    @Test
    void theBrokerFindsSubscribersByExactDestinationWithoutScanningEverySession() {
        // docs/performance.md: Spring's default registry scans every subscription on each session's first push
        assertThat(broker.getSubscriptionRegistry().getClass().getSimpleName())
                .isEqualTo("ExactDestinationSubscriptionRegistry");
    }


    private static final String NOTIFICATIONS = "/user/queue/notifications";
    private static final String UNREAD_COUNT = "/user/queue/notifications/unread-count";
    private static final String CHANGES = "/user/queue/notifications/changes";
    private static final String LIST = "/user/queue/notifications/list";
    private static final String ERRORS = "/user/queue/errors";

    @Test
    void aNotificationReachesEverySessionOfItsRecipient() {
        var phone = connectAs(BOB);
        var laptop = connectAs(BOB);
        phone.subscribe(NOTIFICATIONS);
        laptop.subscribe(NOTIFICATIONS);

        LeaveRequest request = asksForADayOff(ALICE);

        for (var session : List.of(phone, laptop)) {
            Map<String, Object> notification = session.next(NOTIFICATIONS);
            assertThat(notification).containsEntry("leaveRequestId", request.id().value())
                    .containsEntry("recipientId", "bob")
                    .containsEntry("type", "LEAVE_REQUEST_SUBMITTED")
                    .containsEntry("actor", Map.of("id", "alice", "displayName", "Alice Archer"))
                    .containsEntry("read", false)
                    .containsEntry("readAt", null);
        }
    }

    @Test
    void aNotificationAsJsonHasExactlyTheFieldsOfTheContract() {
        var bob = connectAs(BOB);
        bob.subscribe(NOTIFICATIONS);

        LeaveRequest request = asksForADayOff(CAROL);

        Map<String, Object> notification = bob.next(NOTIFICATIONS);
        assertThat(notification).containsOnlyKeys("id", "recipientId", "type", "title", "message", "leaveRequestId",
                "actor", "createdAt", "read", "readAt", "archived", "archivedAt");
        Notification stored = storedFor(request);
        assertThat(notification.get("id")).isEqualTo(stored.id().value());
        assertThat(notification.get("createdAt")).isEqualTo(stored.createdAt().toString());
        assertThat(notification.get("title")).isEqualTo(stored.title());
        assertThat(notification.get("message")).isEqualTo(stored.message());
    }

    @Test
    void theNewUnreadCountFollowsTheNotificationOnEverySession() {
        var phone = connectAs(BOB);
        var laptop = connectAs(BOB);
        for (var session : List.of(phone, laptop)) {
            session.subscribe(NOTIFICATIONS);
            session.subscribe(UNREAD_COUNT);
        }

        asksForADayOff(ALICE);

        long unread = notifications.countUnread(BOB);
        for (var session : List.of(phone, laptop)) {
            session.next(NOTIFICATIONS);
            assertThat(session.next(UNREAD_COUNT)).isEqualTo(Map.of("unreadCount", (int) unread));
        }
    }

    @Test
    void aRecipientWithNoOpenSessionFindsTheNotificationStoredLater() {
        awaitOffline(BOB);

        LeaveRequest request = asksForADayOff(ALICE);

        Notification stored = storedFor(request);
        var bob = connectAs(BOB);
        bob.subscribe(LIST);
        bob.send("/app/notifications", "{\"limit\": 100}");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) bob.next(LIST).get("items");
        assertThat(items).extracting(item -> item.get("id")).contains(stored.id().value());
    }

    @Test
    void afterDisconnectingTheRecipientIsOffline() {
        var alice = connectAs(ALICE);
        assertThat(presence.isOnline(ALICE)).isTrue();

        alice.disconnect();

        awaitOffline(ALICE);
    }

    @Test
    void aSessionThatDropsWithoutDisconnectingIsForgottenToo() {
        var alice = stomp.open(tokenFor(ALICE));
        alice.awaitConnected();

        alice.stomp().disconnect();
        stomp.close();

        awaitOffline(ALICE);
    }

    @Test
    void aPushSentRightAfterTheSubscribeReceiptIsReceived() {
        var bob = connectAs(BOB);

        bob.subscribe(NOTIFICATIONS);
        LeaveRequest request = asksForADayOff(ALICE);

        assertThat(bob.next(NOTIFICATIONS)).containsEntry("leaveRequestId", request.id().value());
    }

    @Test
    void aClientCatchesUpOnWhatItMissedWithTheNewestIdItHolds() {
        var bob = connectAs(BOB);
        bob.subscribe(NOTIFICATIONS);
        asksForADayOff(ALICE);
        String newestSeen = (String) bob.next(NOTIFICATIONS).get("id");
        bob.disconnect();
        awaitOffline(BOB);
        LeaveRequest missedFirst = asksForADayOff(ALICE);
        LeaveRequest missedSecond = asksForADayOff(CAROL);

        var again = connectAs(BOB);
        again.subscribe(NOTIFICATIONS);
        again.subscribe(LIST);
        again.send("/app/notifications", "{\"after\": \"" + newestSeen + "\", \"limit\": 100}");

        Map<String, Object> page = again.next(LIST);
        assertThat(page).containsOnlyKeys("items", "hasMore", "unreadCount").containsEntry("hasMore", false);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) page.get("items");
        assertThat(items).extracting(item -> item.get("leaveRequestId"))
                .containsExactly(missedFirst.id().value(), missedSecond.id().value());
    }

    @Test
    void listingWithNoBodyGivesTheNewestFirst() {
        asksForADayOff(ALICE);
        asksForADayOff(CAROL);
        var bob = connectAs(BOB);
        bob.subscribe(LIST);

        bob.send("/app/notifications", null);

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) bob.next(LIST).get("items");
        assertThat(items).extracting(item -> (String) item.get("id")).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void markingANotificationReadPushesTheNewUnreadCountToEverySession() {
        LeaveRequest request = asksForADayOff(ALICE);
        Notification stored = storedFor(request);
        var phone = connectAs(BOB);
        var laptop = connectAs(BOB);
        phone.subscribe(UNREAD_COUNT);
        laptop.subscribe(UNREAD_COUNT);

        phone.send("/app/notifications/mark-read", "{\"id\": \"" + stored.id().value() + "\"}");

        assertThat(notifications.findById(BOB, stored.id()).orElseThrow().isRead()).isTrue();
        long unread = notifications.countUnread(BOB);
        assertThat(phone.next(UNREAD_COUNT)).isEqualTo(Map.of("unreadCount", (int) unread));
        assertThat(laptop.next(UNREAD_COUNT)).isEqualTo(Map.of("unreadCount", (int) unread));
    }

    @Test
    void everyChangeOfReadOrArchivedStateIsToldToEverySessionTheOneThatMadeItIncluded() {
        Notification stored = storedFor(asksForADayOff(ALICE));
        var phone = connectAs(BOB);
        var laptop = connectAs(BOB);
        phone.subscribe(CHANGES);
        laptop.subscribe(CHANGES);
        String id = stored.id().value();
        long unreadBefore = notifications.countUnread(BOB);

        phone.send("/app/notifications/mark-read", "{\"id\": \"" + id + "\"}");
        phone.send("/app/notifications/mark-unread", "{\"id\": \"" + id + "\"}");
        laptop.send("/app/notifications/archive", "{\"id\": \"" + id + "\"}");
        laptop.send("/app/notifications/unarchive", "{\"id\": \"" + id + "\"}");
        phone.send("/app/notifications/mark-all-read", null);

        for (var session : List.of(phone, laptop)) {
            assertThat(session.next(CHANGES)).isEqualTo(change("READ", List.of(id), unreadBefore - 1));
            assertThat(session.next(CHANGES)).isEqualTo(change("UNREAD", List.of(id), unreadBefore));
            assertThat(session.next(CHANGES)).isEqualTo(change("ARCHIVED", List.of(id), unreadBefore - 1));
            assertThat(session.next(CHANGES)).isEqualTo(change("UNARCHIVED", List.of(id), unreadBefore));
            assertThat(session.next(CHANGES)).isEqualTo(change("ALL_READ", List.of(), 0));
        }
    }

    @Test
    void archivingSomeoneElsesNotificationIsAnsweredWithA404AndChangesNothing() {
        Notification bobs = storedFor(asksForADayOff(CAROL));
        var alice = connectAs(ALICE);
        alice.subscribe(ERRORS);

        alice.send("/app/notifications/archive", "{\"id\": \"" + bobs.id().value() + "\"}");

        assertThat(alice.next(ERRORS)).containsEntry("status", 404);
        assertThat(notifications.findById(BOB, bobs.id()).orElseThrow().isArchived()).isFalse();
    }

    private static Map<String, Object> change(String kind, List<String> ids, long unreadCount) {
        return Map.of("change", kind, "ids", ids, "unreadCount", (int) unreadCount);
    }

    @Test
    void markingAllReadLeavesNothingUnread() {
        asksForADayOff(ALICE);
        var bob = connectAs(BOB);
        bob.subscribe(UNREAD_COUNT);

        bob.send("/app/notifications/mark-all-read", null);

        assertThat(bob.next(UNREAD_COUNT)).isEqualTo(Map.of("unreadCount", 0));
        assertThat(notifications.countUnread(BOB)).isZero();
    }

    @Test
    void anUnknownCursorIsAnsweredWithA400OnTheErrorQueue() {
        var bob = connectAs(BOB);
        bob.subscribe(ERRORS);

        bob.send("/app/notifications", "{\"after\": \"ffffffffffffffffffffffff\"}");

        assertThat(bob.next(ERRORS)).containsEntry("destination", "/app/notifications")
                .containsEntry("status", 400);
    }

    @Test
    void malformedJsonIsAnsweredWithA400AndTheSessionStaysOpen() {
        var bob = connectAs(BOB);
        bob.subscribe(ERRORS);
        bob.subscribe(LIST);

        bob.send("/app/notifications", "{not json");

        assertThat(bob.next(ERRORS)).containsEntry("destination", "/app/notifications")
                .containsEntry("status", 400);
        bob.send("/app/notifications", "{}");
        assertThat(bob.next(LIST)).containsKey("items");
    }

    @Test
    void twoCursorsAtOnceAreAnsweredWithA400() {
        asksForADayOff(ALICE);
        String id = notifications.findPage(NotificationPageRequest.newest(BOB, 1)).get(0).id().value();
        var bob = connectAs(BOB);
        bob.subscribe(ERRORS);

        bob.send("/app/notifications", "{\"before\": \"" + id + "\", \"after\": \"" + id + "\"}");

        assertThat(bob.next(ERRORS)).containsEntry("status", 400);
    }

    @Test
    void aBodyOfTheWrongShapeIsAnsweredWithA400() {
        var bob = connectAs(BOB);
        bob.subscribe(ERRORS);

        bob.send("/app/notifications", "{\"limit\": \"many\"}");

        assertThat(bob.next(ERRORS)).containsEntry("status", 400);
    }

    @Test
    void aLimitOutOfRangeIsAnsweredWithA400() {
        var bob = connectAs(BOB);
        bob.subscribe(ERRORS);

        bob.send("/app/notifications", "{\"limit\": 1000}");

        assertThat(bob.next(ERRORS)).containsEntry("status", 400);
    }

    private Notification storedFor(LeaveRequest request) {
        return notifications.findPage(NotificationPageRequest.newest(BOB, 100)).stream()
                .filter(n -> request.id().equals(n.leaveRequestId()))
                .findFirst().orElseThrow();
    }
}
