package org.leavenotify.cluster;

import static org.junit.jupiter.api.Assumptions.abort;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A RabbitMQ node of the tests' own, run by the repository's scripts (scripts/rabbitmq), which install
 * the Debian package when it is missing. It uses ports and a node name of its own (STOMP on 61623), so a
 * RabbitMQ the developer runs on the default ports is left alone, and it is stopped when the test JVM
 * exits. Queues nobody consumes from expire after 2 s here (60 s by default).
 */
final class RabbitMq {

    static final int STOMP_PORT = 61623;
    private static final Path SCRIPTS = Cluster.REPOSITORY.resolve("scripts/rabbitmq");

    private final Map<String, String> environment = new HashMap<>();

    RabbitMq(Path dir) {
        environment.put("LEAVENOTIFY_RABBITMQ_NODENAME", "leavenotify-test@localhost");
        environment.put("LEAVENOTIFY_RABBITMQ_AMQP_PORT", "5682");
        environment.put("LEAVENOTIFY_RABBITMQ_DIST_PORT", "25682");
        environment.put("LEAVENOTIFY_RABBITMQ_STOMP_PORT", String.valueOf(STOMP_PORT));
        environment.put("LEAVENOTIFY_RABBITMQ_QUEUE_EXPIRES_MS", "2000");
        environment.put("LEAVENOTIFY_RABBITMQ_DIR", dir.toString());
    }

    /** Starts the node (installing RabbitMQ first if needed); skips the calling test if that is impossible here. */
    void start() {
        Result result = run("start.sh");
        if (result.exitCode() != 0) {
            abort("RabbitMQ could not be installed or started on this machine, so the cluster tests cannot run: "
                    + result.output());
        }
    }

    void stop() {
        Result result = run("stop.sh");
        if (result.exitCode() != 0) {
            throw new IllegalStateException("stopping RabbitMQ failed: " + result.output());
        }
    }

    /** The names of the queues on the node ({@code rabbitmqctl list_queues name}). */
    List<String> queues() {
        Result result = run("ctl.sh", "-q", "list_queues", "name");
        if (result.exitCode() != 0) {
            throw new IllegalStateException("listing queues failed: " + result.output());
        }
        return Arrays.stream(result.output().split("\n")).map(String::strip)
                .filter(line -> !line.isEmpty() && !line.equals("name")).toList();
    }

    private Result run(String script, String... arguments) {
        List<String> command = new java.util.ArrayList<>();
        command.add(SCRIPTS.resolve(script).toString());
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(300, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Result(-1, output + " (timed out)");
            }
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            return new Result(-1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, e.toString());
        }
    }

    private record Result(int exitCode, String output) {
    }
}
