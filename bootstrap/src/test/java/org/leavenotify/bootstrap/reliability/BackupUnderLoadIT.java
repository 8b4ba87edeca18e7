package org.leavenotify.bootstrap.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The packaged application on its embedded store is backed up online (POST /actuator/storebackup, by HR)
 * while two employees ask for leave and their manager decides, then stopped and restored from that backup
 * with {@code bin/restore-embedded-store}. After the restart every request and decision acknowledged before
 * the backup began is there, nothing is there that was never acknowledged, every notification the restored
 * requests call for is stored exactly once (the outbox dispatches what was pending at the backup), and the
 * application takes new work. The restore is refused while the application runs.
 */
class BackupUnderLoadIT {

    private static final int ROUNDS_PER_EMPLOYEE = Integer.getInteger("faults.backup-rounds", 40);
    private static final Map<String, String> MANAGER_OF = Map.of("alice", "bob", "carol", "bob");

    private record Acknowledged(String requestId, String status, long at) {
    }

    @TempDir
    Path work;

    @Test
    void aBackupTakenUnderLoadRestoresEverythingAcknowledgedBeforeItAndTheOutboxResumes() throws Exception {
        try (ApplicationProcess app = new ApplicationProcess(work, List.of(
                "--leavenotify.embedded-store.backup.directory=" + work.resolve("backups")))) {
            app.start();
            Api api = new Api(HttpClient.newHttpClient(), app.port());
            Map<String, String> tokens = Map.of("alice", api.logIn("alice"), "carol", api.logIn("carol"),
                    "bob", api.logIn("bob"), "hana", api.logIn("hana"));
            List<LocalDate> days = LeaveRounds.workingDays(ROUNDS_PER_EMPLOYEE);
            ConcurrentLinkedQueue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
            CountDownLatch halfWay = new CountDownLatch(ROUNDS_PER_EMPLOYEE);
            ExecutorService workers = Executors.newFixedThreadPool(2);
            List<Future<?>> done = new ArrayList<>();
            for (String employee : MANAGER_OF.keySet()) {
                done.add(workers.submit(() -> {
                    for (int i = 0; i < days.size(); i++) {
                        String id = api.askForADay(tokens.get(employee), days.get(i));
                        acknowledged.add(new Acknowledged(id, "PENDING", System.nanoTime()));
                        boolean approve = i % 3 == 0;
                        (approve ? api.approve(tokens.get("bob"), id) : api.reject(tokens.get("bob"), id)).ok();
                        acknowledged.add(new Acknowledged(id, approve ? "APPROVED" : "REJECTED", System.nanoTime()));
                        halfWay.countDown();
                    }
                    return null;
                }));
            }

            assertThat(halfWay.await(5, TimeUnit.MINUTES)).as("half the rounds played").isTrue();
            long backupBegan = System.nanoTime();
            JsonNode backup = api.post("/actuator/storebackup", tokens.get("hana"), null).ok().json();
            for (Future<?> worker : done) {
                worker.get(5, TimeUnit.MINUTES);
            }
            workers.shutdown();
            Path backupFile = Path.of(backup.get("file").asString());
            assertThat(backupFile.getParent()).isEqualTo(work.resolve("backups"));
            assertThat(api.get("/actuator/storebackup", tokens.get("alice")).status()).as("for HR only").isEqualTo(403);

            Restore whileRunning = restore(backupFile, app.dataDir());
            assertThat(whileRunning.exitCode()).as(whileRunning.output()).isEqualTo(1);
            assertThat(whileRunning.output()).contains("is in use");

            app.stop();
            Restore restored = restore(backupFile, app.dataDir());
            assertThat(restored.exitCode()).as(restored.output()).isZero();
            app.start();

            Map<String, String> statusNow = new HashMap<>();
            for (String employee : MANAGER_OF.keySet()) {
                for (JsonNode request : api.get("/api/leave-requests/mine", tokens.get(employee)).ok().json()) {
                    statusNow.put(request.get("id").asString(), request.get("status").asString());
                }
            }
            Map<String, String> lastBeforeTheBackup = new HashMap<>();
            Set<String> everAcknowledged = new HashSet<>();
            int acknowledgedAfter = 0;
            for (Acknowledged ack : acknowledged) {
                everAcknowledged.add(ack.requestId());
                if (ack.at() < backupBegan) {
                    lastBeforeTheBackup.merge(ack.requestId(), ack.status(), (a, b) -> a.equals("PENDING") ? b : a);
                } else {
                    acknowledgedAfter++;
                }
            }
            assertThat(acknowledgedAfter).as("work went on after the backup began").isPositive();
            lastBeforeTheBackup.forEach((id, status) -> {
                assertThat(statusNow).as("request " + id + " acknowledged before the backup").containsKey(id);
                if (!status.equals("PENDING")) {
                    assertThat(statusNow.get(id)).as("the decision on " + id + " acknowledged before the backup")
                            .isEqualTo(status);
                }
            });
            assertThat(everAcknowledged).as("nothing that was never acknowledged").containsAll(statusNow.keySet());

            Map<String, Set<String>> expected = LeaveRounds.expectedNotifications(api, tokens, MANAGER_OF);
            int total = 0;
            for (String user : List.of("alice", "carol", "bob")) {
                Set<String> wanted = expected.getOrDefault(user, Set.of());
                List<String> keys = LeaveRounds.storedKeys(CrashRecoveryIT.awaitStored(api, tokens.get(user), wanted.size()));
                assertThat(new HashSet<>(keys)).as(user + "'s notifications after the restore").isEqualTo(wanted);
                assertThat(keys).as(user + "'s notifications, none twice").doesNotHaveDuplicates();
                total += keys.size();
            }

            LocalDate another = LeaveRounds.workingDays(ROUNDS_PER_EMPLOYEE + 1).get(ROUNDS_PER_EMPLOYEE);
            String afterwards = api.askForADay(tokens.get("alice"), another);
            assertThat(CrashRecoveryIT.awaitStored(api, tokens.get("bob"), expected.get("bob").size() + 1))
                    .anySatisfy(n -> assertThat(n.get("leaveRequestId").asString()).isEqualTo(afterwards));
            System.out.println("FAULT-FIGURES backup: acknowledged-before=" + lastBeforeTheBackup.size()
                    + " requests-restored=" + statusNow.size() + " acknowledged-after-the-backup-began="
                    + acknowledgedAfter + " notifications=" + total + " backup-bytes=" + backup.get("bytes")
                    + " backup-ms=" + backup.get("tookMillis") + " lost=0 duplicated=0");
        }
    }

    private record Restore(int exitCode, String output) {
    }

    private static Restore restore(Path backup, Path dataDir) throws IOException, InterruptedException {
        String jar = System.getProperty("leavenotify.exec-jar", "target/bootstrap-0.1.0-SNAPSHOT-exec.jar");
        ProcessBuilder command = new ProcessBuilder("bash", Path.of("..", "bin", "restore-embedded-store").toString(),
                backup.toString(), dataDir.toString()).redirectErrorStream(true);
        command.environment().put("LEAVENOTIFY_JAR", Path.of(jar).toAbsolutePath().toString());
        command.environment().put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":" + System.getenv("PATH"));
        Process process = command.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new Restore(process.exitValue(), output);
    }
}
