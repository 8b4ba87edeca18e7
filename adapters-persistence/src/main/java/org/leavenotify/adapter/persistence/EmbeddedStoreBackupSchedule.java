package org.leavenotify.adapter.persistence;

import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Takes a backup of the embedded store every {@code leavenotify.embedded-store.backup.interval}, on Spring's
 * task scheduler (a thread of its own), and says in the log how each one went. A failed backup is logged as an error and
 * tried again at the next interval; the application goes on serving either way.
 */
final class EmbeddedStoreBackupSchedule implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedStoreBackupSchedule.class);

    private final EmbeddedStoreBackups backups;
    private final Duration interval;
    private ThreadPoolTaskScheduler timer;

    EmbeddedStoreBackupSchedule(EmbeddedStoreBackups backups, Duration interval) {
        this.backups = backups;
        this.interval = interval;
    }

    @Override
    public synchronized void start() {
        if (interval.isZero() || interval.isNegative()) {
            log.info("Scheduled backups of the embedded store are off (leavenotify.embedded-store.backup.interval=0)");
            return;
        }
        timer = new ThreadPoolTaskScheduler();
        timer.setThreadNamePrefix("embedded-store-backup-");
        timer.setDaemon(true);
        timer.setWaitForTasksToCompleteOnShutdown(true);
        timer.setAwaitTerminationSeconds(60);
        timer.initialize();
        timer.scheduleWithFixedDelay(this::backUp, Instant.now().plus(interval), interval);
        log.info("The embedded store is backed up every {} to {}", interval, backups.directory());
    }

    private void backUp() {
        try {
            EmbeddedStoreBackups.Backup backup = backups.takeNow();
            log.info("Backed up the embedded store to {} ({} bytes, {} ms)", backup.file(), backup.bytes(),
                    backup.took().toMillis());
        } catch (RuntimeException e) {
            log.error("{}; the next try is in {}", e.getMessage(), interval);
        }
    }

    @Override
    public synchronized void stop() {
        if (timer != null) {
            timer.shutdown(); // a backup under way finishes (at most a minute), no new one starts
            timer = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return timer != null;
    }
}
