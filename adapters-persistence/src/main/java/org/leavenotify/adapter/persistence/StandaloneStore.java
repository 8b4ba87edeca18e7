package org.leavenotify.adapter.persistence;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The embedded store on its own, as a process that several application nodes reach by URI: what the
 * local cluster script starts (scripts/cluster/start.sh, docs/scale-out.md). Like the embedded default it
 * listens on 127.0.0.1 only and keeps its data in one file; it is a stand-in for a MongoDB replica set on
 * one machine, not a replacement for it.
 *
 * <pre>java -cp bootstrap-exec.jar -Dloader.main=org.leavenotify.adapter.persistence.StandaloneStore \
 *     org.springframework.boot.loader.launch.PropertiesLauncher [port] [data-dir]</pre>
 *
 * Defaults: port 27017, data directory {@code ./data-cluster}. Runs until it is stopped (SIGTERM closes the
 * data file cleanly). Like the embedded default it serves only connections that present its per-start secret:
 * the connection string nodes must use, secret included, is written to {@code connection-string} in the
 * data directory (readable by the owner only), never printed.
 */
public final class StandaloneStore {

    private StandaloneStore() {
    }

    public static void main(String[] args) throws InterruptedException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 27017;
        Path dataDir = Path.of(args.length > 1 ? args[1] : "./data-cluster");
        EmbeddedMongoStore store = EmbeddedMongoStore.start(dataDir, port);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            store.close();
            stopped.countDown();
        }, "standalone-store-shutdown"));
        Path connection = dataDir.resolve("connection-string");
        try {
            java.nio.file.Files.deleteIfExists(connection);
            java.nio.file.Files.createFile(connection, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                    java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
            java.nio.file.Files.writeString(connection, store.connectionString());
        } catch (java.io.IOException e) {
            store.close();
            throw new java.io.UncheckedIOException("Cannot write " + connection, e);
        }
        System.out.println("Standalone store listening on 127.0.0.1:" + store.port() + "; connection string in "
                + connection + " (data file " + store.file() + ")");
        stopped.await();
    }
}
