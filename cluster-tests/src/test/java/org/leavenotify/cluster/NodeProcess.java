package org.leavenotify.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * An application node as a process of its own, from the executable jar, so that a test can kill it as a
 * crash would: {@link #kill()} sends SIGKILL (no shutdown hook, no graceful close of anything).
 */
final class NodeProcess {

    static final Path EXEC_JAR = Path.of(System.getProperty("leavenotify.exec-jar",
            "../bootstrap/target/bootstrap-0.1.0-SNAPSHOT-exec.jar")).toAbsolutePath().normalize();

    final String name;
    final int port;
    final Path log;
    private final Process process;

    private NodeProcess(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    static NodeProcess start(String name, Path log, List<String> arguments) {
        if (!Files.isRegularFile(EXEC_JAR)) {
            throw new IllegalStateException("No executable jar at " + EXEC_JAR
                    + ": build the bootstrap module first (mvn -B package -DskipTests -pl bootstrap -am)");
        }
        int port = Integer.parseInt(arguments.get(0).substring("--server.port=".length()));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m", "-jar", EXEC_JAR.toString()));
        command.addAll(arguments);
        command.add("--spring.application.name=leave-notify-" + name);
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            return new NodeProcess(name, port, log, process);
        } catch (IOException e) {
            throw new IllegalStateException("could not start " + name, e);
        }
    }

    /** Waits until the node answers its readiness probe. */
    void awaitReady(Duration timeout) {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest probe = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " died while starting; see " + log);
            }
            try {
                if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                process.waitFor(250, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException(name + " was not ready within " + timeout + "; see " + log);
    }

    long pid() {
        return process.pid();
    }

    /** SIGKILL, and waits until the process is gone. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** SIGTERM, the graceful shutdown, and waits until the process is gone. */
    void stop() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }
}
