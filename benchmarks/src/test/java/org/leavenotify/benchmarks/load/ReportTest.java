package org.leavenotify.benchmarks.load;

import java.nio.file.Files;
import java.nio.file.Path;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ReportTest {

    @TempDir
    Path directory;

    @Test
    void whatIsWrittenAsCsvReadsBackTheSameEvenWithCommasInTheText() throws Exception {
        Report report = new Report();
        Histogram latency = new Histogram(3_600_000_000L, 3);
        latency.recordValue(1_500);
        report.run("sessions-1000+rate-200", "in-memory", "product", 1000, 6000, 200, 10, 200, 2000, 200, latency, 0, 0,
                0, new Cpu.Share(1.0, 0.4));
        report.sessions("in-memory", 1000, 259, 39.1, 0);
        report.check("end", "in-memory", 1000, 2000, 0, 0, 0);
        report.fact("in-memory", "catch-up", "reconnect and fetch 1,000 missed notifications (65,789 stored)", 1000,
                "204 ms");
        report.write(directory);

        Report read = Report.read(directory, store -> false);

        assertThat(read.runs()).isEqualTo(report.runs());
        assertThat(read.sessionSteps()).isEqualTo(report.sessionSteps());
        assertThat(read.checks()).isEqualTo(report.checks());
        assertThat(read.facts()).isEqualTo(report.facts());
        assertThat(read.markdown()).isEqualTo(report.markdown());
    }

    @Test
    void readingLeavesOutTheRowsOfTheStoresBeingReplaced() throws Exception {
        Report report = new Report();
        report.sessions("in-memory", 1000, 259, 39.1, 0);
        report.sessions("embedded", 1000, 232, 40.6, 0);
        report.write(directory);

        Report read = Report.read(directory, store -> store.equals("embedded"));

        assertThat(read.sessionSteps()).extracting(Report.Sessions::store).containsExactly("in-memory");
    }

    @Test
    void aLostOrDuplicatedNotificationOrAMissingBarePushIsADeliveryFault() {
        Report report = new Report();
        report.check("end", "in-memory", 10, 100, 0, 1, 0);

        assertThat(report.deliveryFaults()).isEqualTo(1);
    }

    @Test
    void theChartIsAPng() throws Exception {
        Report report = new Report();
        Histogram latency = new Histogram(3_600_000_000L, 3);
        latency.recordValue(2_000);
        report.run("rate-100", "in-memory", "product", 100, 0, 100, 10, 100, 1000, 100, latency, 0, 0, 0,
                new Cpu.Share(0.5, 0.1));
        Path png = directory.resolve("latency.png");

        Chart.write(report, png, "test");

        byte[] header = Files.readAllBytes(png);
        assertThat(header).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
    }
}
