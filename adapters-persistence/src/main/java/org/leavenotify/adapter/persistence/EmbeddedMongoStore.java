package org.leavenotify.adapter.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoServer;

/**
 * A MongoDB-compatible server in this process (mongo-java-server with its H2 backend) that keeps its
 * data in one file, listening on the loopback interface only. It is the default store when no MongoDB
 * is configured: good for a demo and a single instance, not a replacement for MongoDB (no
 * transactions, no secondary indexes: queries other than by {@code _id} or a unique key scan).
 */
final class EmbeddedMongoStore implements AutoCloseable {

    static final String FILE_NAME = "leavenotify-store.mv";
    static final String DATABASE = "leavenotify";
    private static final String HOST = "127.0.0.1";

    private final Path file;
    private final DurableH2Backend backend;
    private final MongoServer server;
    private final InetSocketAddress address;

    private EmbeddedMongoStore(Path file, DurableH2Backend backend, MongoServer server, InetSocketAddress address) {
        this.file = file;
        this.backend = backend;
        this.server = server;
        this.address = address;
    }

    /** Opens (or creates) the data file in {@code dataDir} and listens on {@code port} (0: any free port). */
    static EmbeddedMongoStore start(Path dataDir, int port) {
        Path file = dataDir.toAbsolutePath().normalize().resolve(FILE_NAME);
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory of the embedded store: " + dataDir, e);
        }
        DurableH2Backend backend = new DurableH2Backend(file.toString());
        MongoServer server = new MongoServer(backend);
        try {
            server.bind(HOST, port);
        } catch (RuntimeException e) {
            backend.close();
            throw e;
        }
        return new EmbeddedMongoStore(file, backend, server, server.getLocalAddress());
    }

    /** Where clients connect, including the database name. */
    String connectionString() {
        return "mongodb://" + HOST + ":" + address.getPort() + "/" + DATABASE;
    }

    Path file() {
        return file;
    }

    int port() {
        return address.getPort();
    }

    /** The backend itself; tests use it to cut the file off as a crash would. */
    DurableH2Backend backend() {
        return backend;
    }

    /** Disconnects every client, stops listening and closes the data file. */
    @Override
    public void close() {
        try {
            server.shutdownNow();
        } finally {
            if (!backend.getMvStore().isClosed()) {
                backend.close();
            }
        }
    }

    @Override
    public String toString() {
        return "embedded store on " + HOST + ":" + address.getPort() + " with data file " + file;
    }
}
