package org.leavenotify.benchmarks;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leavenotify.benchmarks.load.Chart;
import org.leavenotify.benchmarks.load.LoadBench;
import org.leavenotify.benchmarks.load.Report;
import org.leavenotify.benchmarks.load.Steps;
import org.leavenotify.benchmarks.server.BenchServer;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quick mode of the load harness (docs/performance.md), run by {@code mvn verify}: the application on
 * its default store (the embedded one, on a temporary data directory) in this JVM, 500 STOMP sessions,
 * the real product driven through REST at a low rate, the bare-push baseline, a reconnect catch-up, and
 * every received notification checked against the store. It fails on any notification lost, duplicated
 * or unexpected, never on a timing: the figures it prints and writes to {@code target/quick-load/} are
 * for people to read.
 */
class QuickLoadTest {

    static final int TEAMS = 50;
    static final int TEAM_SIZE = 10;
    static final String PLAN = "import:5,login:5,heap0,connect:500,bare:rate-100:100:3,product:rate-20:20:10,"
            + "catchup:100,verify:end";

    @TempDir
    static Path dataDirectory;

    static ConfigurableApplicationContext server;

    @BeforeAll
    static void startTheApplicationWithItsBenchHooks() {
        server = BenchServer.start("--server.port=0", "--leavenotify.bench.control-port=0",
                "--leavenotify.embedded-store.data-dir=" + dataDirectory, "--leavenotify.demo.enabled=false",
                "--spring.main.banner-mode=off",
                // every session comes from one address, hundreds of them before their CONNECT at once
                "--leavenotify.limits.connections.unauthenticated-per-address=1000");
    }

    @AfterAll
    static void stopTheApplication() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void fiveHundredSessionsReceiveEveryNotificationExactlyOnce() throws Exception {
        Report report = new Report();
        URI base = URI.create("http://127.0.0.1:" + BenchServer.httpPort(server));
        URI control = URI.create("http://127.0.0.1:" + BenchServer.controlPort(server));
        try (LoadBench bench = new LoadBench(base, control, "embedded", TEAMS, TEAM_SIZE, report,
                line -> System.out.println("[quick load] " + line))) {
            Steps.run(bench, PLAN);
        }
        Path out = Path.of("target", "quick-load");
        report.write(out);
        Chart.write(report, out.resolve("latency.png"), "quick mode: one JVM for server and load tool");
        System.out.println(report.markdown());

        assertThat(report.sessionSteps()).extracting(Report.Sessions::sessions).containsExactly(TEAMS * TEAM_SIZE);
        assertThat(report.runs()).allSatisfy(run -> assertThat(run.delivered()).isPositive());
        assertThat(report.checks()).singleElement().satisfies(check -> {
            assertThat(check.stored()).isPositive();
            assertThat(check.lost()).as("notifications stored but never received").isZero();
            assertThat(check.duplicated()).as("notifications received twice on one session").isZero();
            assertThat(check.unexpected()).as("notifications received but not stored").isZero();
        });
        assertThat(report.deliveryFaults()).isZero();
        assertThat(Files.exists(out.resolve("runs.csv"))).isTrue();
    }
}
