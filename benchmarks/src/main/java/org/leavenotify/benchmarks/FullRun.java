package org.leavenotify.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.leavenotify.benchmarks.load.Chart;
import org.leavenotify.benchmarks.load.LoadBench;
import org.leavenotify.benchmarks.load.Report;
import org.leavenotify.benchmarks.load.Steps;

/**
 * The full run (docs/performance.md): each server is a separate process started here with
 * {@code BenchServer} (the sandbox allows ~20,000 sockets per process, and the load tool holds its own
 * side of every session), the load tool runs in this process, and every figure lands in one report:
 * {@code runs.csv}, {@code sessions.csv}, {@code checks.csv}, {@code facts.csv}, {@code summary.md},
 * {@code latency.png} and {@code machine.md} in the output directory. With {@code --append} the sections
 * run replace their own rows in the report already there, and the other sections' rows stay.
 *
 * <pre>
 * java -cp 'benchmarks/target/classes:benchmarks/target/lib/*' org.leavenotify.benchmarks.FullRun \
 *      --out=benchmarks/results [--sections=tuning,in-memory,jvm,embedded,soak] [--append]
 * </pre>
 * Exits with 1 if any notification was lost, duplicated or unexpected, or a section could not finish (the
 * others still run, and the report says which step stopped and why).
 */
public final class FullRun {

    /**
     * Server settings of the product runs beyond the shipped ones: a deeper accept queue for the connection
     * storms of thousands of sessions (128 handshakes in flight), and connection caps lifted: every session
     * of the load tool comes from one address, and its storms hold hundreds of handshakes before CONNECT. Its
     * sessions also outlive the 15-minute access tokens and it does not renew them (a browser does): tokens
     * live an hour here, as they did when the figures of docs/performance.md were measured.
     */
    static final List<String> RUN_ARGS = List.of("--server.tomcat.accept-count=1000",
            "--leavenotify.jwt.lifetime=60m",
            "--leavenotify.limits.connections.per-address=1000000",
            "--leavenotify.limits.connections.unauthenticated=1000000",
            "--leavenotify.limits.connections.unauthenticated-per-address=1000000");
    /** Tomcat's and Spring's defaults for what the application now tunes (docs/performance.md, "Tuning"). */
    static final List<String> UNTUNED_WEBSOCKET_BUFFERS = List.of("-Dorg.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE=8192");
    static final String UNTUNED_SOCKET_BUFFERS = "--leavenotify.connections.socket-buffer-size=8KB";
    static final String UNTUNED_FRAME_LIMIT = "--leavenotify.websocket.message-size-limit=16KB";

    private final Path out;
    private final Report report;
    private final List<String> log = new ArrayList<>();
    private int failures;
    private boolean appended;
    private int nextPort = 18200 + (int) (ProcessHandle.current().pid() % 50) * 20;

    private FullRun(Path out, Report report) {
        this.out = out;
        this.report = report;
    }

    /** The store labels of a section's rows. */
    private static boolean ofSection(String store, List<String> sections) {
        if (store.startsWith("soak")) {
            return sections.contains("soak");
        }
        if (store.startsWith("jvm")) {
            return sections.contains("jvm");
        }
        if (store.startsWith("tracing")) {
            return sections.contains("tracing");
        }
        boolean tuningRow = !store.equals("in-memory") && !store.equals("embedded");
        return sections.contains(tuningRow ? "tuning" : store);
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            options.put(pair[0], pair.length > 1 ? pair[1] : "true");
        }
        Path out = Path.of(options.getOrDefault("out", "benchmarks/results"));
        List<String> sections = Arrays.asList(options.getOrDefault("sections", "tuning,in-memory,embedded,soak").split(","));
        // --append: keep the rows of the other sections from the report already in the output directory.
        boolean append = options.containsKey("append") && Files.exists(out.resolve("runs.csv"));
        FullRun run = new FullRun(out, append ? Report.read(out, store -> ofSection(store, sections)) : new Report());
        if (append && Files.exists(out.resolve("run.log"))) {
            run.log.addAll(Files.readAllLines(out.resolve("run.log")));
        }
        run.appended = append;
        Instant started = Instant.now();
        run.say("full run started; sections " + sections + "; results in " + out.toAbsolutePath());
        if (sections.contains("tuning")) {
            run.tuning();
        }
        if (sections.contains("in-memory")) {
            run.inMemory();
        }
        if (sections.contains("jvm")) {
            run.jvm(options.getOrDefault("java25", "/usr/lib/jvm/temurin-25-jdk-amd64"));
        }
        if (sections.contains("embedded")) {
            run.embedded();
        }
        if (sections.contains("tracing")) {
            run.tracing();
        }
        if (sections.contains("soak")) {
            run.soak();
        }
        run.say(String.format("full run finished in %.1f min", Duration.between(started, Instant.now()).toSeconds() / 60.0));
        run.finish(sections, started);
        System.exit(run.report.deliveryFaults() == 0 && run.failures == 0 ? 0 : 1);
    }

    /**
     * Heap per session after a full GC, 1,000 sessions, in-memory store (so that no store cache grows with
     * the sessions' log-ins): Tomcat's and Spring's defaults, then each setting the application now ships
     * with, added in turn, ending on the shipped configuration. (The broker's subscription cache, the other
     * setting the bare baseline found, is at 100,000 in the websocket adapter; docs/performance.md cites
     * the baseline's figures for it.)
     */
    private void tuning() throws Exception {
        String plan = "seed,login:0,heap0,connect:1000";
        List<String> inMemory = List.of("--leavenotify.store=in-memory");
        server("tuning: Tomcat and Spring defaults", UNTUNED_WEBSOCKET_BUFFERS,
                concat(inMemory, List.of(UNTUNED_SOCKET_BUFFERS, UNTUNED_FRAME_LIMIT)), 100, plan);
        server("tuning: + WebSocket buffers 1 KB", List.of(),
                concat(inMemory, List.of(UNTUNED_SOCKET_BUFFERS, UNTUNED_FRAME_LIMIT)), 100, plan);
        server("tuning: + socket buffers 2 KB", List.of(), concat(inMemory, List.of(UNTUNED_FRAME_LIMIT)), 100, plan);
        server("tuning: + frame limit 4 KB (as shipped)", List.of(), inMemory, 100, plan);
    }

    /**
     * The in-memory adapters (the application's own cost): sessions from 1,000 to 19,000 at a rate the
     * server sustains, the rate from 100/s to the 5,000/s target at 10,000 sessions, the bare push beside
     * each, the reconnect catch-up, every user's notifications checked, then a million stored.
     */
    private void inMemory() throws Exception {
        String plan = String.join(",",
                "import:20", "login:20", "heap0",
                "connect:1000", "product:warmup:300:20",
                "bare:sessions-1000:1000:10", "product:sessions-1000:200:10",
                "connect:5000", "bare:sessions-5000:1000:10", "product:sessions-5000:200:10",
                "connect:10000", "bare:sessions-10000+rate-1000:1000:10", "bare:rate-5000:5000:10",
                "product:sessions-10000+rate-200:200:15", "product:rate-100:100:10", "product:rate-400:400:10",
                "product:rate-1000:1000:10", "product:rate-2000:2000:10", "product:rate-5000:5000:20",
                "connect:19000", "bare:sessions-19000:1000:10", "product:sessions-19000+stored-now:200:10",
                "catchup:1000", "verify:in-memory-19000-users",
                "preload-to:1000000", "product:stored-1M:200:10", "verify-touched:in-memory-after-1M-stored");
        server("in-memory", List.of(), concat(List.of("--leavenotify.store=in-memory"), RUN_ARGS), 1900, plan);
    }

    /**
     * The in-memory adapters at 10,000 sessions and 1,000 then 2,000 actions/s under each garbage collector
     * worth comparing, side by side in one run: G1 as Java 17 ships it, G1 with a pause target on Java 17
     * and on Java 25, and generational ZGC on Java 25 (docs/performance.md, "Which Java and which flags").
     * A configuration whose Java is not installed is skipped and said so.
     */
    private void jvm(String java25) throws Exception {
        String plan = String.join(",", "import:20", "login:20", "heap0", "connect:10000", "product:warmup:300:20",
                "product:rate-1000:1000:20", "product:rate-2000:2000:20", "verify:10000-users");
        List<String> args = concat(List.of("--leavenotify.store=in-memory"), RUN_ARGS);
        String java17 = System.getProperty("java.home");
        List<List<String>> configurations = List.of(
                List.of("jvm: Java 17, G1 (default flags)", java17, "-XX:+UseG1GC"),
                List.of("jvm: Java 17, G1, 20 ms pause target", java17, "-XX:+UseG1GC -XX:MaxGCPauseMillis=20"),
                List.of("jvm: Java 25, G1, 20 ms pause target", java25, "-XX:+UseG1GC -XX:MaxGCPauseMillis=20"),
                List.of("jvm: Java 25, generational ZGC", java25, "-XX:+UseZGC"));
        for (List<String> configuration : configurations) {
            if (!Files.isExecutable(Path.of(configuration.get(1), "bin", "java"))) {
                say("== " + configuration.get(0) + ": skipped, no Java at " + configuration.get(1));
                continue;
            }
            server(configuration.get(0), Path.of(configuration.get(1)), List.of(configuration.get(2).split(" ")), args,
                    1000, plan);
        }
    }

    /**
     * What tracing costs (docs/tracing.md): the same runs with the shipped configuration (every use case, port
     * call and MongoDB command observed, 10 % of traces sampled, nothing exported) and with every part of it
     * switched off, alternated twice on the in-memory adapters at 2,000 sessions and 400 actions/s, as the
     * Spring Security observations were measured, then once each on the embedded store at 20/s, where the
     * MongoDB command observations come in. Not in the default sections: run it with
     * {@code BENCH_OUT=benchmarks/results/tracing bin/bench-full tracing}.
     */
    private void tracing() throws Exception {
        List<String> off = List.of("--management.tracing.enabled=false", "--management.observations.enable.leavenotify=false",
                "--management.observations.enable.spring.data.mongodb=false");
        String inMemoryPlan = String.join(",", "import:20", "login:20", "heap0", "connect:2000",
                "product:warmup:300:20", "product:rate-400:400:20", "verify:2000-users");
        List<String> inMemory = concat(List.of("--leavenotify.store=in-memory"), RUN_ARGS);
        for (int pair = 1; pair <= 2; pair++) {
            server("tracing: in-memory, as shipped (" + pair + ")", List.of(), inMemory, 200, inMemoryPlan);
            server("tracing: in-memory, switched off (" + pair + ")", List.of(), concat(inMemory, off), 200,
                    inMemoryPlan);
        }
        String embeddedPlan = String.join(",", "import:10", "login:10", "heap0", "connect:1000",
                "product:warmup:20:10", "product:rate-20:20:20", "verify:1000-users");
        for (boolean shipped : new boolean[] {true, false}) {
            Path data = Files.createTempDirectory("leavenotify-bench-tracing");
            List<String> embedded = concat(List.of("--leavenotify.embedded-store.data-dir=" + data), RUN_ARGS);
            server("tracing: embedded, " + (shipped ? "as shipped" : "switched off"), List.of(),
                    shipped ? embedded : concat(embedded, off), 100, embeddedPlan);
        }
    }

    /**
     * The embedded store (the default), at rates it sustains: its scans show as the stored volume grows
     * (10k, then 100k notifications; 1M is not run: see docs/performance.md).
     */
    private void embedded() throws Exception {
        Path data = Files.createTempDirectory("leavenotify-bench-store");
        String plan = String.join(",",
                "import:10", "login:10", "heap0", "connect:1000",
                "product:warmup:20:10", "bare:embedded-1000:1000:5",
                "product:rate-10:10:10", "product:rate-20+stored-now:20:15", "product:rate-40:40:10",
                "verify:embedded-1000-users",
                "preload:10000", "product:stored-10k:10:10", "catchup:1000", "verify-touched:embedded-after-10k-stored",
                "preload:90000", "product:stored-100k:2:15", "verify-touched:embedded-after-100k-stored");
        server("embedded", List.of(), concat(List.of("--leavenotify.embedded-store.data-dir=" + data), RUN_ARGS), 100,
                plan);
    }

    /**
     * Ten minutes on the embedded store (the default) at a rate it sustains, 2,000 sessions, 200 of them
     * reconnecting after every minute: the heap after a full GC, minute by minute, and every notification
     * checked at the end.
     */
    private void soak() throws Exception {
        Path data = Files.createTempDirectory("leavenotify-bench-soak");
        String plan = String.join(",", "import:10", "login:10", "heap0", "connect:2000", "product:warmup:20:10",
                "soak:soak:20:10:200", "verify:soak-2000-users");
        server("soak (embedded)", List.of(), concat(List.of("--leavenotify.embedded-store.data-dir=" + data), RUN_ARGS),
                200, plan);
    }

    /** Starts a server process, runs the plan against it with a fresh population, stops it. */
    private void server(String name, List<String> jvm, List<String> args, int teams, String plan) throws Exception {
        server(name, Path.of(System.getProperty("java.home")), concat(List.of("-XX:+UseG1GC"), jvm), args, teams, plan);
    }

    private void server(String name, Path javaHome, List<String> jvm, List<String> args, int teams, String plan)
            throws Exception {
        int port = nextPort++;
        int control = nextPort++;
        Path logFile = Path.of("benchmarks", "target", "bench-logs", "server-" + port + ".log");
        Files.createDirectories(logFile.getParent());
        List<String> command = new ArrayList<>();
        command.add(javaHome.resolve("bin").resolve("java").toString());
        command.addAll(List.of("-Xms3g", "-Xmx3g",
                "-Xlog:gc:file=" + logFile.resolveSibling("gc-" + port + ".log")));
        command.addAll(jvm);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"),
                "org.leavenotify.benchmarks.server.BenchServer", "--server.port=" + port,
                "--leavenotify.bench.control-port=" + control, "--leavenotify.demo.enabled=false",
                "--spring.main.banner-mode=off"));
        command.addAll(args);
        say("== " + name + ": starting the server (port " + port + ", log " + logFile + ")");
        say("   " + javaHome.resolve("bin").resolve("java") + " " + String.join(" ", jvm) + " " + String.join(" ", args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(logFile.toFile()).start();
        try {
            awaitControlPort(control, process, logFile);
            String store = name.startsWith("tuning") ? name.substring("tuning: ".length()) : name;
            try (LoadBench bench = new LoadBench(URI.create("http://127.0.0.1:" + port),
                    URI.create("http://127.0.0.1:" + control), store, teams, 10, report, this::say)) {
                Steps.run(bench, plan);
            } catch (Exception failed) {
                // One section's failure (a server that dies, a store that breaks) is a result too: say it and
                // go on with the next section.
                say("!! " + name + " stopped: " + failed + (failed.getCause() != null ? " / " + failed.getCause() : ""));
                report.failure(store, String.valueOf(failed.getCause() != null ? failed.getCause() : failed));
                failures++;
            }
        } finally {
            process.destroy();
            if (!process.waitFor(40, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    private static void awaitControlPort(int control, Process process, Path logFile) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server stopped at start-up; see " + logFile);
            }
            try {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + control
                        + "/sessions")).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the server did not start within 120 s; see " + logFile);
    }

    private void finish(List<String> sections, Instant started) throws IOException {
        report.write(out);
        String machine = machine(started);
        Path machineFile = out.resolve("machine.md");
        if (appended && Files.exists(machineFile)) {
            Files.writeString(machineFile, Files.readString(machineFile) + "- sections run again (--append): "
                    + String.join(", ", sections) + ", started " + started + "\n", StandardCharsets.UTF_8);
        } else {
            Files.writeString(machineFile, machine, StandardCharsets.UTF_8);
        }
        Files.write(out.resolve("run.log"), log, StandardCharsets.UTF_8);
        Chart.write(report, out.resolve("latency.png"), "leave-notify full run " + started + " (" + String.join(", ",
                sections) + "); server and load tool share 2 cores");
        System.out.println(machine);
        System.out.println(report.markdown());
    }

    private static String machine(Instant started) {
        String cpu = "?";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
                    .findFirst().map(line -> line.substring(line.indexOf(':') + 1).strip()).orElse("?");
        } catch (IOException ignored) {
            // not Linux
        }
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return String.format(Locale.ROOT, """
                # The machine of this run

                - started: %s
                - CPU: %s, %d cores seen by the JVM (shared by the server, the load tool and anything else running)
                - memory: %.1f GiB
                - OS: %s %s (%s)
                - Java: %s %s
                - open files per process: 20,000 (hard limit of this sandbox)
                - server JVM: -Xms3g -Xmx3g -XX:+UseG1GC, a process of its own; load tool: this process
                """, started, cpu, Runtime.getRuntime().availableProcessors(),
                os.getTotalMemorySize() / (1024.0 * 1024 * 1024), System.getProperty("os.name"),
                System.getProperty("os.version"), System.getProperty("os.arch"), System.getProperty("java.vm.name"),
                System.getProperty("java.version"));
    }

    private void say(String line) {
        String stamped = String.format("%tT %s", System.currentTimeMillis(), line);
        log.add(stamped);
        System.out.println(stamped);
        System.out.flush();
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
