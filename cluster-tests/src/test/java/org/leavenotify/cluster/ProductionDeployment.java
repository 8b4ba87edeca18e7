package org.leavenotify.cluster;

import static org.junit.jupiter.api.Assumptions.abort;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A deployment as docs/production.md builds it, on this machine: the standalone store as a process of its
 * own (reached by URI, as a MongoDB would be), application nodes started from the executable jar with the
 * {@code prod} profile in relay mode on the tests' RabbitMQ, trusting forwarded headers from the proxy's
 * address only, and nginx in front of them with TLS (scripts/proxy). Clients reach it at
 * {@link #https()} with {@link #client()}, which trusts the proxy's generated certificate and nothing else.
 */
final class ProductionDeployment implements AutoCloseable {

    private final Path dir;
    private final Process store;
    private final String storeUri;
    private final Map<String, NodeProcess> nodes = new LinkedHashMap<>();
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, String> proxyEnvironment = new HashMap<>();
    private final int httpsPort = Cluster.freePort();
    private final int httpPort = Cluster.freePort();
    private HttpClient client;

    private ProductionDeployment(Path dir, Process store, String storeUri) {
        this.dir = dir;
        this.store = store;
        this.storeUri = storeUri;
    }

    /** Starts the store in {@code dir} and reserves ports for the named nodes (started later, one by one). */
    static ProductionDeployment withStoreAndNodes(Path dir, String... names) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Path storeDir = dir.resolve("store");
        Path storeLog = dir.resolve("store.log");
        Process store = new ProcessBuilder(java(), "-Xmx512m", "-cp", NodeProcess.EXEC_JAR.toString(),
                "-Dloader.main=org.leavenotify.adapter.persistence.StandaloneStore",
                "org.springframework.boot.loader.launch.PropertiesLauncher", String.valueOf(Cluster.freePort()),
                storeDir.toString()).redirectErrorStream(true).redirectOutput(storeLog.toFile()).start();
        Path connection = storeDir.resolve("connection-string");
        for (int i = 0; i < 600 && !(Files.isRegularFile(connection) && Files.size(connection) > 0); i++) {
            if (!store.isAlive()) {
                throw new IllegalStateException("the store died while starting; see " + storeLog);
            }
            store.waitFor(100, TimeUnit.MILLISECONDS);
        }
        ProductionDeployment deployment = new ProductionDeployment(dir, store, Files.readString(connection).strip());
        for (String name : names) {
            deployment.ports.put(name, Cluster.freePort());
        }
        return deployment;
    }

    /** A fresh random signing key, as {@code openssl rand -base64 32} makes one. */
    static String newSigningKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    /** A file only its owner may read, holding {@code text}: how secrets reach the application. */
    Path ownerOnlyFile(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, text + "\n");
        return file;
    }

    /**
     * Starts (or starts again) a node with the {@code prod} profile and waits until it is ready.
     * {@code extra} are further {@code --name=value} arguments.
     */
    NodeProcess startNode(String name, String signingKey, List<String> previousKeys, List<String> extra) {
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=" + ports.get(name),
                "--spring.profiles.active=prod",
                "--spring.mongodb.uri=" + storeUri,
                "--leavenotify.jwt.secret=" + signingKey,
                "--leavenotify.broker.mode=relay",
                "--leavenotify.broker.relay.hosts=127.0.0.1:" + RabbitMq.STOMP_PORT,
                "--leavenotify.broker.relay.user-registry-expiration=4s",
                "--leavenotify.dispatch.sweep-interval=500ms",
                "--server.forward-headers-strategy=native",
                "--server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1",
                "--logging.level.org.leavenotify=INFO"));
        if (!previousKeys.isEmpty()) {
            arguments.add("--leavenotify.jwt.previous-secrets=" + String.join(",", previousKeys));
        }
        arguments.addAll(extra);
        NodeProcess node = NodeProcess.start(name, dir.resolve(name + "-" + System.nanoTime() + ".log"), arguments);
        nodes.put(name, node);
        node.awaitReady(Duration.ofSeconds(120));
        return node;
    }

    /**
     * The rolling restart of docs/production.md for one node: out of the proxy's upstreams (a graceful
     * reload: requests in flight and open WebSockets stay), stopped with SIGTERM (in-flight work finishes, its
     * STOMP clients are told to go, 1001, and reconnect through the proxy to another node), started again with
     * the given keys, and back into the upstreams once ready.
     */
    void restart(String name, String signingKey, List<String> previousKeys) throws IOException, InterruptedException {
        setUpstreams(ports.keySet().stream().filter(other -> !other.equals(name)).toList());
        nodes.get(name).stop();
        startNode(name, signingKey, previousKeys, List.of());
        setUpstreams(List.copyOf(ports.keySet()));
    }

    private void setUpstreams(List<String> names) throws IOException, InterruptedException {
        List<String> arguments = new ArrayList<>();
        names.forEach(name -> arguments.add("127.0.0.1:" + ports.get(name)));
        String[] result = runProxyScript("upstreams.sh", arguments.toArray(String[]::new));
        if (!result[0].equals("0")) {
            throw new IllegalStateException("changing the proxy's upstreams failed: " + result[1]);
        }
    }

    NodeProcess node(String name) {
        return nodes.get(name);
    }

    int port(String name) {
        return ports.get(name);
    }

    /** Starts nginx with TLS in front of every node (scripts/proxy/start.sh); skips the test where it cannot run. */
    void startProxy() throws IOException, InterruptedException {
        List<String> upstreams = ports.values().stream().map(port -> "127.0.0.1:" + port).toList();
        proxyEnvironment.put("LEAVENOTIFY_PROXY_DIR", dir.resolve("proxy").toString());
        proxyEnvironment.put("LEAVENOTIFY_PROXY_HTTPS_PORT", String.valueOf(httpsPort));
        proxyEnvironment.put("LEAVENOTIFY_PROXY_HTTP_PORT", String.valueOf(httpPort));
        proxyEnvironment.put("LEAVENOTIFY_PROXY_UPSTREAMS", String.join(" ", upstreams));
        String[] result = runProxyScript("start.sh");
        if (!result[0].equals("0")) {
            abort("nginx could not be installed or started on this machine: " + result[1]);
        }
        client = HttpClient.newBuilder().sslContext(trusting(dir.resolve("proxy/tls/proxy.crt")))
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** The deployment's public address. */
    String https() {
        return "https://localhost:" + httpsPort;
    }

    /** The proxy's plain-HTTP port, which only redirects to HTTPS. */
    int httpPort() {
        return httpPort;
    }

    URI wss() {
        return URI.create("wss://localhost:" + httpsPort + "/ws");
    }

    /** An HTTP client that trusts the proxy's certificate only. */
    HttpClient client() {
        return client;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (!proxyEnvironment.isEmpty()) {
            runProxyScript("stop.sh");
        }
        nodes.values().forEach(NodeProcess::kill);
        store.destroy();
        if (!store.waitFor(30, TimeUnit.SECONDS)) {
            store.destroyForcibly();
        }
    }

    private String[] runProxyScript(String script, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", Cluster.REPOSITORY.resolve("scripts/proxy/" + script).toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(proxyEnvironment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(300, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return new String[] {"-1", output + " (timed out)"};
        }
        return new String[] {String.valueOf(process.exitValue()), output};
    }

    private static SSLContext trusting(Path certificate) {
        try (InputStream in = new ByteArrayInputStream(Files.readAllBytes(certificate))) {
            KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
            trusted.load(null, null);
            trusted.setCertificateEntry("proxy", CertificateFactory.getInstance("X.509").generateCertificate(in));
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException("cannot trust " + certificate, e);
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
