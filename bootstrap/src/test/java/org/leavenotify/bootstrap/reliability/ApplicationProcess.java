package org.leavenotify.bootstrap.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The packaged application ({@code bootstrap-…-exec.jar}, built by {@code mvn package}) run as a process
 * of its own, as in production: started on a port and a data directory, stopped, or killed with
 * SIGKILL ({@link #kill()}) as a crash would. Its output goes to a log file next to the data.
 */
public final class ApplicationProcess implements AutoCloseable {

    /** A fixed key, so that tokens stay valid across a restart. */
    public static final String JWT_SECRET = "ZmF1bHQtc3VpdGUtb25seS1rZXktb2YtMzItYnl0ZXMtISE=";
    private static final Duration START_PATIENCE = Duration.ofSeconds(120);

    private final Path jar;
    private final Path workDir;
    private final int port;
    private final List<String> arguments;
    private Process process;
    private int starts;

    /** @param arguments extra application arguments ({@code --name=value}) */
    public ApplicationProcess(Path workDir, List<String> arguments) {
        String configured = System.getProperty("leavenotify.exec-jar");
        this.jar = Path.of(configured != null ? configured : "target/bootstrap-0.1.0-SNAPSHOT-exec.jar").toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no packaged application at " + jar + " (run mvn package first)");
        }
        this.workDir = workDir.toAbsolutePath();
        this.port = freePort();
        this.arguments = List.copyOf(arguments);
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return workDir.resolve("data");
    }

    /** Starts the application and waits until its readiness probe says UP. */
    public void start() {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-jar", jar.toString(),
                "--server.port=" + port,
                "--leavenotify.embedded-store.data-dir=" + dataDir(),
                "--leavenotify.jwt.secret=" + JWT_SECRET,
                "--leavenotify.dispatch.sweep-interval=1s"));
        command.addAll(arguments);
        starts++;
        try {
            Files.createDirectories(workDir);
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(workDir.resolve("application-" + starts + ".log").toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitReady();
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed or closed. */
    public void kill() {
        process.destroyForcibly();
        awaitExit();
    }

    /** SIGTERM: the graceful shutdown. */
    public void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            awaitExit();
        }
    }

    /** Everything the application has logged, over all its starts. */
    public String log() {
        StringBuilder all = new StringBuilder();
        for (int i = 1; i <= starts; i++) {
            try {
                all.append(Files.readString(workDir.resolve("application-" + i + ".log")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return all.toString();
    }

    /**
     * Stops the application and keeps its logs in {@code target/application-logs/} (the work directory is
     * usually a temporary one, removed after the test), so that a failure on a CI machine can be read.
     */
    @Override
    public void close() {
        stop();
        Path kept = Path.of("target", "application-logs");
        try {
            Files.createDirectories(kept);
            for (int i = 1; i <= starts; i++) {
                Path log = workDir.resolve("application-" + i + ".log");
                if (Files.exists(log)) {
                    Files.copy(log, kept.resolve(workDir.getFileName() + "-application-" + i + ".log"),
                            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not keep the application's logs", e);
        }
    }

    private void awaitExit() {
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Polls the readiness probe (a process starting up has no event to wait on). */
    private void awaitReady() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest readiness = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(5)).build();
        try {
            Awaitility.await("the application ready").atMost(START_PATIENCE).pollInterval(Duration.ofMillis(200))
                    .until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException("the application exited with " + process.exitValue()
                                    + ":\n" + tail());
                        }
                        try {
                            return http.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                        } catch (IOException notYet) {
                            return false; // not listening yet
                        }
                    });
        } catch (ConditionTimeoutException late) {
            throw new IllegalStateException("the application was not ready within " + START_PATIENCE + ":\n" + tail());
        }
    }

    private String tail() {
        String log = log();
        return log.length() > 5000 ? log.substring(log.length() - 5000) : log;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
