package org.leavenotify.adapter.persistence;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.h2.mvstore.MVStore;

/**
 * Online backups of the embedded store: each one a zip file holding a copy of the data file, taken while
 * the application runs ({@link DurableH2Backend#copyTo}), checked by opening it before it counts, and kept
 * in a directory of the owner's only, newest {@code keep} of them. To restore, stop the application and
 * put the data file back ({@link RestoreEmbeddedStore}).
 */
public final class EmbeddedStoreBackups {

    static final String PREFIX = "leavenotify-store-";
    static final String SUFFIX = ".zip";
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

    /** One backup taken: its file, its size, when it began and how long it took. */
    public record Backup(Path file, long bytes, Instant takenAt, Duration took) {
    }

    private final EmbeddedMongoStore store;
    private final Path directory;
    private final int keep;
    private final Clock clock;

    EmbeddedStoreBackups(EmbeddedMongoStore store, Path directory, int keep, Clock clock) {
        if (keep < 1) {
            throw new IllegalArgumentException("leavenotify.embedded-store.backup.keep must be at least 1, was " + keep);
        }
        this.store = store;
        this.directory = directory.toAbsolutePath().normalize();
        this.keep = keep;
        this.clock = clock;
    }

    public Path directory() {
        return directory;
    }

    /**
     * Takes a backup now: it holds every write acknowledged before this call began. The file appears
     * under its final name only once complete and checked; older backups beyond {@code keep} are removed.
     */
    public synchronized Backup takeNow() {
        Instant began = clock.instant();
        long started = System.nanoTime();
        Path target = directory.resolve(PREFIX + STAMP.format(began) + SUFFIX);
        Path partial = directory.resolve(target.getFileName() + ".part");
        try {
            Files.createDirectories(directory);
            EmbeddedMongoStore.ownerOnly(directory, "rwx------");
            Files.deleteIfExists(partial);
            long version;
            try (OutputStream file = Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW);
                 ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(file))) {
                EmbeddedMongoStore.ownerOnly(partial, "rw-------");
                version = store.backend().copyTo(zip);
            }
            long held = versionHeldBy(partial);
            if (held < version) {
                throw new IOException("the copy holds store version " + held + ", older than " + version
                        + " when it began");
            }
            try (FileChannel synced = FileChannel.open(partial, StandardOpenOption.WRITE)) {
                synced.force(true);
            }
            move(partial, target);
            long bytes = Files.size(target);
            removeOldBackups();
            return new Backup(target, bytes, began, Duration.ofNanos(System.nanoTime() - started));
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // the failure below says what went wrong; a leftover .part is never taken for a backup
            }
            throw new IllegalStateException("The backup of the embedded store to " + target + " failed: "
                    + e.getMessage(), e);
        }
    }

    /** The backups in the directory, oldest first. */
    public List<Path> list() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(EmbeddedStoreBackups::isBackup).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Opens the data file inside a backup read-only, as the store would, and answers the version it holds;
     * throws when the backup is not one.
     */
    static long versionHeldBy(Path backup) throws IOException {
        Path unpacked = Files.createTempFile(backup.toAbsolutePath().getParent(), ".check-", ".mv");
        try {
            unpack(backup, unpacked);
            return versionOfDataFile(unpacked);
        } finally {
            Files.deleteIfExists(unpacked);
        }
    }

    /** Opens a data file read-only, as the store would, and answers the version it holds. */
    static long versionOfDataFile(Path dataFile) {
        MVStore copy = new MVStore.Builder().fileName(dataFile.toString()).readOnly().open();
        try {
            return copy.getCurrentVersion();
        } finally {
            copy.close();
        }
    }

    /** Writes the data file a backup holds into {@code target}; the backup must hold exactly one. */
    static void unpack(Path backup, Path target) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new BufferedInputStream(Files.newInputStream(backup)))) {
            ZipEntry entry = zip.getNextEntry();
            if (entry == null || !entry.getName().endsWith(".mv")) {
                throw new IOException(backup + " is not a backup of the embedded store (no data file in it)");
            }
            // written into the file as it is (not replaced by a new one), so it keeps its owner-only rights
            try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                zip.transferTo(out);
            }
            if (zip.getNextEntry() != null) {
                throw new IOException(backup + " is not a backup of the embedded store (more than one file in it)");
            }
        }
    }

    private void removeOldBackups() throws IOException {
        List<Path> backups = list();
        for (int i = 0; i < backups.size() - keep; i++) {
            Files.deleteIfExists(backups.get(i));
        }
    }

    private static boolean isBackup(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(PREFIX) && name.endsWith(SUFFIX);
    }

    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
