package org.leavenotify.cluster;

import static org.junit.jupiter.api.Assumptions.abort;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * The cluster the tests run against, started once per test JVM and stopped when it exits: the tests'
 * RabbitMQ, one store both nodes share (a MongoDB-compatible server in this JVM, reached by URI like any
 * MongoDB) and two application nodes in relay mode, A and B, also in this JVM. A test that needs a node
 * it can kill starts one as a process of its own ({@link NodeProcess}) with {@link #nodeArguments()}.
 */
final class Cluster {

    static final Path REPOSITORY = Path.of(System.getProperty("leavenotify.repository", "..")).toAbsolutePath().normalize();
    static final Path DIR = Path.of(System.getProperty("leavenotify.cluster-tests.dir", "target/cluster")).toAbsolutePath();

    private static Cluster running;
    private static String unavailable;

    final RabbitMq rabbitMq;
    final String storeUri;
    final String jwtSecret;
    final Node a;
    final Node b;
    private final MongoServer store;
    private final List<NodeProcess> processes = new ArrayList<>();

    private Cluster() {
        try {
            Files.createDirectories(DIR);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        rabbitMq = new RabbitMq(DIR.resolve("rabbitmq"));
        rabbitMq.start();
        store = new MongoServer(new MemoryBackend());
        Node first = null;
        try {
            store.bind("127.0.0.1", 0);
            storeUri = "mongodb://127.0.0.1:" + store.getLocalAddress().getPort() + "/leavenotify";
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            jwtSecret = Base64.getEncoder().encodeToString(key);
            first = Node.inJvm("node-a", nodeProperties());
            a = first;
            b = Node.inJvm("node-b", nodeProperties());
        } catch (RuntimeException | Error e) {
            if (first != null) {
                first.close();
            }
            store.shutdownNow();
            rabbitMq.stop();
            throw e;
        }
    }

    /** The running cluster; the calling test is skipped (saying why) if RabbitMQ cannot run here. */
    static synchronized Cluster get() {
        if (unavailable != null) {
            abort(unavailable);
        }
        if (running == null) {
            try {
                running = new Cluster();
            } catch (org.opentest4j.TestAbortedException e) {
                unavailable = e.getMessage();
                throw e;
            }
            Runtime.getRuntime().addShutdownHook(new Thread(running::stop, "cluster-stop"));
        }
        return running;
    }

    /** The settings every node gets: the shared store and key, relay mode on the tests' RabbitMQ. */
    Map<String, Object> nodeProperties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("server.port", 0);
        properties.put("spring.mongodb.uri", storeUri);
        properties.put("leavenotify.jwt.secret", jwtSecret);
        properties.put("leavenotify.demo.enabled", true); // a throw-away store given by URI: asked for on purpose
        properties.put("leavenotify.broker.mode", "relay");
        properties.put("leavenotify.broker.relay.hosts", "127.0.0.1:" + RabbitMq.STOMP_PORT);
        properties.put("leavenotify.broker.relay.user-registry-expiration", "4s");
        properties.put("leavenotify.dispatch.sweep-interval", "500ms");
        properties.put("leavenotify.dispatch.claim.lease", "10s");
        properties.put("spring.main.banner-mode", "off");
        properties.put("logging.level.root", "WARN");
        properties.put("logging.level.org.leavenotify", "INFO");
        return properties;
    }

    List<String> nodeArguments(int port) {
        List<String> arguments = new ArrayList<>();
        nodeProperties().forEach((name, value) -> arguments.add("--" + name + "=" + value));
        arguments.set(0, "--server.port=" + port);
        return arguments;
    }

    NodeProcess startProcess(String name) {
        NodeProcess process = NodeProcess.start(name, DIR.resolve(name + ".log"), nodeArguments(freePort()));
        synchronized (processes) {
            processes.add(process);
        }
        return process;
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A node by its port, whichever kind it is. */
    record NodeRef(int port) {
    }

    private void stop() {
        synchronized (processes) {
            processes.forEach(NodeProcess::kill);
        }
        a.close();
        b.close();
        store.shutdownNow();
        rabbitMq.stop();
    }
}
