package org.leavenotify.adapter.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * A MongoDB-compatible server in this process (mongo-java-server with its H2 backend) that keeps its
 * data in one file, listening on the loopback interface only, and serving only connections that present
 * a secret drawn at start ({@link StoreListener}); its data directory and file are the owner's only. It is the default store when no MongoDB
 * is configured: good for a demo and a single instance, not a replacement for MongoDB (no
 * transactions, no secondary indexes: queries other than by {@code _id} or a unique key scan).
 */
final class EmbeddedMongoStore implements AutoCloseable {

    static final String FILE_NAME = "leavenotify-store.mv";
    static final String DATABASE = "leavenotify";
    private static final String HOST = "127.0.0.1";

    private final Path file;
    private final DurableH2Backend backend;
    private final StoreListener server;
    private final InetSocketAddress address;
    private final String secret;

    private EmbeddedMongoStore(Path file, DurableH2Backend backend, StoreListener server, String secret) {
        this.file = file;
        this.backend = backend;
        this.server = server;
        this.address = server.address();
        this.secret = secret;
    }

    /** Opens (or creates) the data file in {@code dataDir} and listens on {@code port} (0: any free port). */
    static EmbeddedMongoStore start(Path dataDir, int port) {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return start(dataDir, port, Base64.getUrlEncoder().withoutPadding().encodeToString(random));
    }

    /** As {@link #start(Path, int)} with a given secret: tests restart a store its clients already know. */
    static EmbeddedMongoStore start(Path dataDir, int port, String secret) {
        Path file = dataDir.toAbsolutePath().normalize().resolve(FILE_NAME);
        try {
            Files.createDirectories(file.getParent());
            ownerOnly(file.getParent(), "rwx------");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory of the embedded store: " + dataDir, e);
        }
        // the directory is the owner's only before the file is created in it, so nobody else can reach the file
        DurableH2Backend backend = new DurableH2Backend(file.toString());
        try {
            ownerOnly(file, "rw-------");
        } catch (IOException e) {
            backend.close();
            throw new UncheckedIOException("Cannot restrict the data file of the embedded store: " + file, e);
        }
        StoreListener server;
        try {
            server = new StoreListener(backend, HOST, port, secret);
        } catch (RuntimeException e) {
            backend.close();
            throw e;
        }
        return new EmbeddedMongoStore(file, backend, server, secret);
    }

    /**
     * The data directory is the owner's only (0700) and the data file too (0600), also when they existed
     * with wider rights: the file holds password hashes. On a file system without POSIX permissions this
     * does nothing (the operator's directory rights apply).
     */
    static void ownerOnly(Path path, String permissions) throws IOException {
        if (Files.getFileStore(path).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(path, java.nio.file.attribute.PosixFilePermissions.fromString(permissions));
        }
    }

    /** Where clients connect, including the database name and the secret (as the application name). */
    String connectionString() {
        return "mongodb://" + HOST + ":" + address.getPort() + "/" + DATABASE + "?appName=" + secret;
    }

    /** The secret a client must present; for the standalone store, which hands it to its nodes. */
    String secret() {
        return secret;
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
            server.close();
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
