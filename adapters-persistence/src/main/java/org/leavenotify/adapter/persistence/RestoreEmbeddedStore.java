package org.leavenotify.adapter.persistence;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Puts a backup of the embedded store ({@link EmbeddedStoreBackups}) in place of its data file, with the
 * application stopped:
 *
 * <pre>java -cp bootstrap-exec.jar -Dloader.main=org.leavenotify.adapter.persistence.RestoreEmbeddedStore \
 *     org.springframework.boot.loader.launch.PropertiesLauncher BACKUP-FILE [DATA-DIR]</pre>
 *
 * ({@code bin/restore-embedded-store} runs it.) It refuses while a process holds the data file (the
 * store locks it), and refuses a backup that does not open as a data file. The file it replaces is kept
 * beside it as {@code leavenotify-store.mv.replaced-<time>}, so a restore can itself be undone. On the
 * next start the application finds its outbox as it was at the backup and dispatches what was pending.
 */
public final class RestoreEmbeddedStore {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private RestoreEmbeddedStore() {
    }

    public static void main(String[] args) {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: RestoreEmbeddedStore BACKUP-FILE [DATA-DIR (default ./data)]");
            System.exit(2);
        }
        try {
            Path replaced = restore(Path.of(args[0]), Path.of(args.length > 1 ? args[1] : "./data"), Clock.systemUTC());
            System.out.println("Restored " + args[0] + " as the data file of " + Path.of(args.length > 1 ? args[1] : "./data")
                    .toAbsolutePath().normalize() + (replaced == null ? "" : "; the file it replaced is kept as " + replaced));
        } catch (IllegalStateException | IOException e) {
            System.err.println("Not restored: " + e.getMessage());
            System.exit(1);
        }
    }

    /** Restores and answers where the replaced data file was kept (null when there was none). */
    static Path restore(Path backup, Path dataDir, Clock clock) throws IOException {
        if (!Files.isRegularFile(backup)) {
            throw new IllegalStateException("no backup file at " + backup);
        }
        Path dir = dataDir.toAbsolutePath().normalize();
        Path dataFile = dir.resolve(EmbeddedMongoStore.FILE_NAME);
        if (Files.exists(dataFile)) {
            refuseWhileInUse(dataFile);
        }
        Files.createDirectories(dir);
        EmbeddedMongoStore.ownerOnly(dir, "rwx------");
        Path incoming = dir.resolve(EmbeddedMongoStore.FILE_NAME + ".restoring");
        Files.deleteIfExists(incoming);
        Files.createFile(incoming);
        EmbeddedMongoStore.ownerOnly(incoming, "rw-------");
        try {
            EmbeddedStoreBackups.unpack(backup, incoming);
            EmbeddedStoreBackups.versionOfDataFile(incoming);
        } catch (IOException | RuntimeException unreadable) {
            Files.deleteIfExists(incoming);
            throw new IllegalStateException(backup + " does not open as a data file of the embedded store ("
                    + unreadable.getMessage() + ")");
        }
        try (FileChannel synced = FileChannel.open(incoming, StandardOpenOption.WRITE)) {
            synced.force(true);
        }
        Path replaced = null;
        if (Files.exists(dataFile)) {
            replaced = dir.resolve(EmbeddedMongoStore.FILE_NAME + ".replaced-" + STAMP.format(clock.instant()));
            EmbeddedStoreBackups.move(dataFile, replaced);
        }
        EmbeddedStoreBackups.move(incoming, dataFile);
        return replaced;
    }

    /** The running store holds a lock on its data file; taking it here fails while it runs. */
    private static void refuseWhileInUse(Path dataFile) throws IOException {
        try (FileChannel channel = FileChannel.open(dataFile, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException heldHere) {
                lock = null;
            }
            if (lock == null) {
                throw new IllegalStateException(dataFile + " is in use: stop the application (or the standalone "
                        + "store) first");
            }
            lock.release();
        }
    }
}
