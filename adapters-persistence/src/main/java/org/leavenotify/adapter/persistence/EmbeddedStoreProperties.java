package org.leavenotify.adapter.persistence;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded store, started when no MongoDB is configured ({@code leavenotify.embedded-store.*}).
 *
 * @param dataDir the directory of its data file ({@value EmbeddedMongoStore#FILE_NAME}); created if missing
 * @param backup  its online backups (docs/production.md, "Backups")
 */
@ConfigurationProperties(prefix = "leavenotify.embedded-store")
record EmbeddedStoreProperties(@DefaultValue("./data") Path dataDir, @DefaultValue Backup backup) {

    /**
     * Online backups of the embedded store, taken while the application runs.
     *
     * @param interval  how often a backup is taken, the first one interval after the start; 0 takes none on
     *                  a schedule (an operator can still take one: POST /actuator/storebackup)
     * @param directory where backups are written; empty: {@code backups} inside the data directory (copy them
     *                  off the machine: a backup on the same disk does not survive the disk)
     * @param keep      how many backups to keep; older ones are removed after each new one
     */
    record Backup(@DefaultValue("24h") Duration interval, Path directory, @DefaultValue("7") int keep) {

        Path directoryIn(Path dataDir) {
            return directory != null ? directory : dataDir.resolve("backups");
        }
    }
}
