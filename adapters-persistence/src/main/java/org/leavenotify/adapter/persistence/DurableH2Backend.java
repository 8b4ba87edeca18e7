package org.leavenotify.adapter.persistence;

import java.io.IOException;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.zip.ZipOutputStream;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;

/**
 * The H2 backend of mongo-java-server, committed to its file after every command that changed
 * something. The stock backend commits in the background about once a second, so a process killed
 * right after a write could lose an acknowledged decision. Here each command (the driver sends every
 * command as one message) is committed before its reply is sent: an acknowledged write is in the
 * file (at least in the operating system's cache), so it survives the process dying, though not
 * necessarily a power cut.
 *
 * <p>It also copies its file while commands go on ({@link #copyTo}): the copy begins between two commands,
 * so it holds every command acknowledged before it began, and it opens as a state the store was in after
 * some command (never half of one): the MVStore file is a log of committed chunks, and while the copy runs
 * new chunks are only appended (space reuse is off), so nothing the copy still has to read is overwritten.
 */
final class DurableH2Backend extends H2Backend {

    /** Commands share it; the start of a copy takes it alone, so the copy starts between two commands. */
    private final ReentrantReadWriteLock commands = new ReentrantReadWriteLock();
    private final Object oneCopyAtATime = new Object();

    DurableH2Backend(String fileName) {
        super(fileName);
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        commands.readLock().lock();
        try {
            return super.handleMessage(message);
        } finally {
            try {
                if (!getMvStore().isClosed() && getMvStore().hasUnsavedChanges()) {
                    commit();
                }
            } finally {
                commands.readLock().unlock();
            }
        }
    }

    /**
     * Writes a consistent copy of the data file, as the one entry of {@code zip}, while the store keeps
     * serving, and returns the store version the copy holds at least. It reads through the store's own file
     * channel (H2's backup): opening and closing another channel on the data file would release the lock
     * the store holds on it, since POSIX file locks belong to the process, not to the channel.
     */
    long copyTo(ZipOutputStream zip) throws IOException {
        synchronized (oneCopyAtATime) {
            MVStore store = getMvStore();
            FileStore<?> fileStore = store.getFileStore();
            long version;
            boolean spaceWasReused;
            commands.writeLock().lock();
            try {
                if (store.hasUnsavedChanges()) {
                    commit();
                }
                spaceWasReused = fileStore.isSpaceReused();
                fileStore.setReuseSpace(false);
                version = store.getCurrentVersion();
            } finally {
                commands.writeLock().unlock();
            }
            try {
                fileStore.backup(zip);
            } finally {
                fileStore.setReuseSpace(spaceWasReused);
            }
            return version;
        }
    }
}
