package org.leavenotify.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * Online backups of the embedded store: taken while writers write, a backup holds every write
 * acknowledged before it began, and only whole writes; restoring puts it in place of the data file,
 * refusing while the store runs.
 */
class EmbeddedStoreBackupsTest {

    private static final int WRITERS = 4;

    @Test
    void aBackupTakenWhileWritersWriteHoldsEveryWriteAcknowledgedBeforeItBeganAndOnlyWholeWrites() throws Exception {
        Path dataDir = MongoStores.freshDataDir("backup-under-load");
        ConcurrentLinkedQueue<Integer> acknowledged = new ConcurrentLinkedQueue<>();
        Set<Integer> acknowledgedBeforeTheBackup;
        EmbeddedStoreBackups.Backup backup;
        try (EmbeddedMongoStore store = EmbeddedMongoStore.start(dataDir, 0);
             MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> items = client.getDatabase("leavenotify").getCollection("items");
            MongoCollection<Document> totals = client.getDatabase("leavenotify").getCollection("totals");
            AtomicBoolean writing = new AtomicBoolean(true);
            CountDownLatch warmedUp = new CountDownLatch(WRITERS * 50);
            ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                running.add(writers.submit(() -> {
                    for (int i = 0; writing.get(); i++) {
                        int id = writer * 1_000_000 + i;
                        // one document per write, with a payload whose every part must be there together
                        items.insertOne(new Document("_id", id).append("payload", "x".repeat(200 + i % 50))
                                .append("length", 200 + i % 50));
                        totals.updateOne(Filters.eq("_id", writer), Updates.inc("count", 1),
                                new com.mongodb.client.model.UpdateOptions().upsert(true));
                        acknowledged.add(id);
                        warmedUp.countDown();
                    }
                    return null;
                }));
            }
            assertThat(warmedUp.await(60, TimeUnit.SECONDS)).isTrue();
            EmbeddedStoreBackups backups = new EmbeddedStoreBackups(store, dataDir.resolve("backups"), 3,
                    Clock.systemUTC());

            acknowledgedBeforeTheBackup = new HashSet<>(acknowledged);
            backup = backups.takeNow();
            int acknowledgedWhenItEnded = acknowledged.size();
            writing.set(false);
            for (Future<?> writer : running) {
                writer.get(60, TimeUnit.SECONDS);
            }
            writers.shutdown();
            assertThat(acknowledged.size()).as("the writers went on while the backup ran")
                    .isGreaterThan(acknowledgedBeforeTheBackup.size());
            assertThat(acknowledgedWhenItEnded).isGreaterThanOrEqualTo(acknowledgedBeforeTheBackup.size());
        }

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup.file()))).isEqualTo("rw-------");
        assertThat(Files.list(backup.file().getParent()).filter(p -> p.toString().endsWith(".part"))).isEmpty();
        Path restoredDir = MongoStores.freshDataDir("backup-opened");
        Files.createDirectories(restoredDir);
        EmbeddedStoreBackups.unpack(backup.file(), restoredDir.resolve(EmbeddedMongoStore.FILE_NAME));
        try (EmbeddedMongoStore restored = EmbeddedMongoStore.start(restoredDir, 0);
             MongoClient client = MongoClients.create(restored.connectionString())) {
            Set<Integer> held = new HashSet<>();
            for (Document item : client.getDatabase("leavenotify").getCollection("items").find()) {
                held.add(item.getInteger("_id"));
                assertThat(item.getString("payload")).as("item " + item.get("_id") + " whole")
                        .hasSize(item.getInteger("length"));
            }
            assertThat(held).as("every write acknowledged before the backup began").containsAll(acknowledgedBeforeTheBackup);
            long counted = 0;
            for (Document total : client.getDatabase("leavenotify").getCollection("totals").find()) {
                counted += total.getInteger("count");
            }
            assertThat(counted).as("each writer's counter moved with its items (no write seen by half)")
                    .isBetween((long) held.size() - WRITERS, (long) held.size());
        }
    }

    @Test
    void onlyTheNewestBackupsAreKept() {
        Path dataDir = MongoStores.freshDataDir("backup-keep");
        MutableClock clock = new MutableClock(Instant.parse("2026-12-03T08:00:00Z"));
        try (EmbeddedMongoStore store = EmbeddedMongoStore.start(dataDir, 0)) {
            EmbeddedStoreBackups backups = new EmbeddedStoreBackups(store, dataDir.resolve("backups"), 2, clock);
            List<Path> taken = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                taken.add(backups.takeNow().file());
                clock.now = clock.now.plusSeconds(3600);
            }

            assertThat(backups.list()).containsExactly(taken.get(1), taken.get(2));
            assertThat(taken.get(0).getFileName().toString()).isEqualTo("leavenotify-store-20261203T080000.000Z.zip");
        }
    }

    @Test
    void theScheduleTakesABackupEveryIntervalUntilTheApplicationStopsAndNoneWhenTheIntervalIsZero() {
        Path dataDir = MongoStores.freshDataDir("backup-schedule");
        try (EmbeddedMongoStore store = EmbeddedMongoStore.start(dataDir, 0)) {
            EmbeddedStoreBackups backups = new EmbeddedStoreBackups(store, dataDir.resolve("backups"), 10,
                    Clock.systemUTC());
            EmbeddedStoreBackupSchedule off = new EmbeddedStoreBackupSchedule(backups, java.time.Duration.ZERO);
            off.start();
            assertThat(off.isRunning()).isFalse();

            EmbeddedStoreBackupSchedule schedule = new EmbeddedStoreBackupSchedule(backups, java.time.Duration.ofMillis(50));
            schedule.start();
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                    .until(() -> backups.list().size() >= 2);
            schedule.stop();

            assertThat(schedule.isRunning()).isFalse();
        }
    }

    @Test
    void aRestoreIsRefusedWhileTheStoreRunsAndPutsTheBackupInPlaceOnceItStopped() throws Exception {
        Path dataDir = MongoStores.freshDataDir("restore");
        Path backupFile;
        try (EmbeddedMongoStore store = EmbeddedMongoStore.start(dataDir, 0);
             MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> items = client.getDatabase("leavenotify").getCollection("items");
            items.insertOne(new Document("_id", "before the backup"));
            backupFile = new EmbeddedStoreBackups(store, dataDir.resolve("backups"), 1, Clock.systemUTC()).takeNow().file();
            items.insertOne(new Document("_id", "after the backup"));

            assertThatThrownBy(() -> RestoreEmbeddedStore.restore(backupFile, dataDir, Clock.systemUTC()))
                    .hasMessageContaining("is in use");
        }

        Path replaced = RestoreEmbeddedStore.restore(backupFile, dataDir, Clock.systemUTC());

        assertThat(replaced).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                dataDir.resolve(EmbeddedMongoStore.FILE_NAME)))).as("the restored file is the owner's only").isEqualTo("rw-------");
        try (EmbeddedMongoStore store = EmbeddedMongoStore.start(dataDir, 0);
             MongoClient client = MongoClients.create(store.connectionString())) {
            List<Object> ids = new ArrayList<>();
            client.getDatabase("leavenotify").getCollection("items").find().forEach(d -> ids.add(d.get("_id")));
            assertThat(ids).containsExactly("before the backup");
        }
    }

    @Test
    void aFileThatIsNotADataFileIsNeverRestored() throws Exception {
        Path dataDir = MongoStores.freshDataDir("restore-garbage");
        EmbeddedMongoStore.start(dataDir, 0).close();
        byte[] before = Files.readAllBytes(dataDir.resolve(EmbeddedMongoStore.FILE_NAME));
        Path garbage = Files.writeString(dataDir.resolve("not-a-backup.mv"), "hello ".repeat(5000));

        assertThatThrownBy(() -> RestoreEmbeddedStore.restore(garbage, dataDir, Clock.systemUTC()))
                .hasMessageContaining("does not open as a data file");
        assertThat(Files.readAllBytes(dataDir.resolve(EmbeddedMongoStore.FILE_NAME))).isEqualTo(before);
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
