package org.leavenotify.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.leavenotify.adapter.persistence.notification.NotificationHistoryLoader;
import org.leavenotify.application.leave.LeaveLedger;
import org.leavenotify.application.leave.port.out.LeaveLedgerPort;
import org.leavenotify.application.leave.port.out.LeaveRequestRepositoryPort;
import org.leavenotify.application.notification.NotificationPageRequest;
import org.leavenotify.application.notification.port.out.NotificationStorePort;
import org.leavenotify.domain.leave.LeaveRequest;
import org.leavenotify.domain.leave.LeaveRequestId;
import org.leavenotify.domain.notification.Actor;
import org.leavenotify.domain.notification.Notification;
import org.leavenotify.domain.notification.NotificationDraft;
import org.leavenotify.domain.notification.NotificationType;
import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.shared.EventId;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

/**
 * The current release started on a data directory that release 0.1 wrote (the fixture described in
 * {@code src/test/resources/fixtures/release-0.1/README.md}): its notifications move into feeds once, in
 * their old order and with their read state, and nothing is lost or doubled by a second start or by a
 * migration that was interrupted half way.
 */
class UpgradeFromRelease01Test {

    private static final String FIXTURE = "/fixtures/release-0.1/leavenotify-store.mv";
    private static final EmployeeId ALICE = new EmployeeId("alice");
    private static final EmployeeId BOB = new EmployeeId("bob");
    private static final EmployeeId CAROL = new EmployeeId("carol");

    private final Path dataDir = copyOfTheFixture();

    @Test
    void everyNotificationMovesToItsRecipientsFeedInItsOldOrderWithItsReadState() {
        try (ConfigurableApplicationContext upgraded = MongoStores.start(MongoStores.embeddedAt(dataDir))) {
            assertTheFixturesNotificationsAreAllThere(upgraded);
            assertThat(upgraded.getBean(MongoTemplate.class).collectionExists("notifications"))
                    .as("the old collection, dropped").isFalse();
        }
    }

    @Test
    void everyStoredRequestIsBookedInItsEmployeesLedgerOfItsYear() {
        try (ConfigurableApplicationContext upgraded = MongoStores.start(MongoStores.embeddedAt(dataDir))) {
            LeaveLedgerPort ledgers = upgraded.getBean(LeaveLedgerPort.class);
            LeaveRequestRepositoryPort requests = upgraded.getBean(LeaveRequestRepositoryPort.class);

            for (EmployeeId employee : List.of(ALICE, CAROL)) {
                LeaveLedger ledger = ledgers.ledgerOf(employee, 2027);
                assertThat(ledger.version()).isEqualTo(1);
                assertThat(ledger.pending()).isEmpty();
                assertThat(ledger.bookedIds()).containsExactlyInAnyOrderElementsOf(requests.findByEmployees(List.of(employee))
                        .stream().map(LeaveRequest::id).toList());
                assertThat(ledger.bookings()).hasSize(2);
            }
            assertThat(ledgers.ledgerOf(BOB, 2027).bookings()).isEmpty();
            assertThat(ledgers.ledgersOf(List.of(ALICE, CAROL, BOB))).hasSize(2);
        }
    }

    @Test
    void aSecondStartFindsNothingToMigrateAndKeepsTheIds() {
        List<Notification> before;
        try (ConfigurableApplicationContext first = MongoStores.start(MongoStores.embeddedAt(dataDir))) {
            before = feedOf(first, BOB);
        }

        try (ConfigurableApplicationContext second = MongoStores.start(MongoStores.embeddedAt(dataDir))) {
            assertThat(feedOf(second, BOB)).isEqualTo(before);
            assertTheFixturesNotificationsAreAllThere(second);
        }
    }

    @Test
    void aMigrationInterruptedHalfWayFinishesWithoutLosingOrDoublingAny() {
        appendBobsOldestTwoAsAnInterruptedMigrationWould();

        try (ConfigurableApplicationContext upgraded = MongoStores.start(MongoStores.embeddedAt(dataDir))) {
            assertTheFixturesNotificationsAreAllThere(upgraded);
        }
    }

    @Test
    void notificationsStoredAfterTheUpgradeComeAfterTheMigratedOnes() {
        try (ConfigurableApplicationContext upgraded = MongoStores.start(MongoStores.embeddedAt(dataDir))) {
            NotificationStorePort store = upgraded.getBean(NotificationStorePort.class);
            Notification newest = feedOf(upgraded, BOB).get(0);

            Notification added = store.append(new NotificationDraft(new EventId("after-upgrade"), BOB,
                    NotificationType.LEAVE_REQUEST_SUBMITTED, "New leave request", "After the upgrade", null,
                    new Actor(ALICE, "Alice Archer"), newest.createdAt().plusSeconds(60))).notification();

            assertThat(store.findPage(new NotificationPageRequest(BOB, null, newest.id(), 10, false)))
                    .containsExactly(added);
            assertThat(store.countUnread(BOB)).isEqualTo(5);
        }
    }

    private static void assertTheFixturesNotificationsAreAllThere(ConfigurableApplicationContext context) {
        NotificationStorePort store = context.getBean(NotificationStorePort.class);
        List<Notification> bobs = feedOf(context, BOB);
        assertThat(bobs).extracting(Notification::type).containsExactly(NotificationType.LEAVE_REQUEST_CANCELLED,
                NotificationType.LEAVE_REQUEST_SUBMITTED, NotificationType.LEAVE_REQUEST_SUBMITTED,
                NotificationType.LEAVE_REQUEST_SUBMITTED, NotificationType.LEAVE_REQUEST_SUBMITTED);
        assertThat(bobs).extracting(Notification::isRead).containsExactly(false, false, false, false, true);
        assertThat(bobs).extracting(Notification::createdAt).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(bobs).extracting(Notification::id).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(bobs).extracting(Notification::dedupKey).doesNotHaveDuplicates();
        assertThat(store.countUnread(BOB)).isEqualTo(4);
        assertThat(feedOf(context, ALICE)).singleElement().satisfies(notification -> {
            assertThat(notification.type()).isEqualTo(NotificationType.LEAVE_REQUEST_APPROVED);
            assertThat(notification.isRead()).isTrue();
        });
        assertThat(store.countUnread(ALICE)).isZero();
        assertThat(feedOf(context, CAROL)).singleElement().satisfies(notification -> {
            assertThat(notification.type()).isEqualTo(NotificationType.LEAVE_REQUEST_REJECTED);
            assertThat(notification.isRead()).isFalse();
        });
        assertThat(store.countUnread(CAROL)).isEqualTo(1);
    }

    /** What a migration that died after its first write leaves: bob's two oldest in his feed, the old collection whole. */
    private void appendBobsOldestTwoAsAnInterruptedMigrationWould() {
        try (EmbeddedMongoStore server = EmbeddedMongoStore.start(dataDir, 0);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoTemplate mongo = new MongoTemplate(client, EmbeddedMongoStore.DATABASE);
            List<Document> bobs = new ArrayList<>(mongo.getCollection("notifications")
                    .find(new Document("recipientId", "bob")).into(new ArrayList<>()));
            bobs.sort(Comparator.comparing(document -> ((ObjectId) document.get("_id")).toHexString()));
            NotificationHistoryLoader loader = new NotificationHistoryLoader(mongo);
            for (Document old : bobs.subList(0, 2)) {
                loader.append(BOB, List.of(draftOf(old)), old.getBoolean("read") ? old.getDate("readAt").toInstant() : null);
            }
        }
    }

    private static NotificationDraft draftOf(Document old) {
        String dedupKey = old.getString("dedupKey");
        return new NotificationDraft(new EventId(dedupKey.substring(0, dedupKey.lastIndexOf(':'))), BOB,
                NotificationType.valueOf(old.getString("type")), old.getString("title"), old.getString("message"),
                new LeaveRequestId(old.getString("leaveRequestId")),
                new Actor(new EmployeeId(old.getString("actorId")), old.getString("actorName")),
                old.getDate("createdAt").toInstant());
    }

    private static List<Notification> feedOf(ConfigurableApplicationContext context, EmployeeId recipient) {
        return context.getBean(NotificationStorePort.class).findPage(NotificationPageRequest.newest(recipient, 50));
    }

    private static Path copyOfTheFixture() {
        Path dir = MongoStores.freshDataDir("upgrade");
        try (InputStream fixture = UpgradeFromRelease01Test.class.getResourceAsStream(FIXTURE)) {
            Files.createDirectories(dir);
            Files.copy(fixture, dir.resolve(EmbeddedMongoStore.FILE_NAME));
        } catch (IOException e) {
            throw new IllegalStateException("cannot copy the fixture " + FIXTURE, e);
        }
        return dir;
    }
}
