package org.leavenotify.benchmarks.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.HdrHistogram.Histogram;

/**
 * What a load session measured, as rows: load runs (product and bare push), session steps, store checks
 * and single facts. Writes them as CSV files and as a Markdown summary; {@link Chart} draws the runs.
 */
public final class Report {

    /** One load run: a rate held for a time against a number of sessions. */
    public record Run(String label, String store, String mode, int sessions, long storedBefore, double targetRate,
                      double seconds, double sentRate, long delivered, double deliveredRate, double p50, double p90,
                      double p99, double p999, double max, long failed, long notSent, long notArrived, double serverCpu,
                      double clientCpu) {
    }

    /** One step of opening sessions. */
    public record Sessions(String store, int sessions, double connectRate, double heapPerSessionKb, long failures) {
    }

    /** One check of received notifications against the store. */
    public record Check(String label, String store, int users, long stored, long lost, long duplicated,
                        long unexpected) {
    }

    /** Anything else measured once: seeding, logins, catch-up. */
    public record Fact(String store, String what, String description, long count, String figure) {
    }

    private final List<Run> runs = Collections.synchronizedList(new ArrayList<>());
    private final List<Sessions> sessions = Collections.synchronizedList(new ArrayList<>());
    private final List<Check> checks = Collections.synchronizedList(new ArrayList<>());
    private final List<Fact> facts = Collections.synchronizedList(new ArrayList<>());

    void run(String label, String store, String mode, int sessionCount, long storedBefore, double targetRate,
             double seconds, double sentRate, long delivered, double deliveredRate, Histogram latency, long failed,
             long notSent, long notArrived, Cpu.Share cpu) {
        runs.add(new Run(label, store, mode, sessionCount, storedBefore, targetRate, seconds, sentRate, delivered,
                deliveredRate, LoadBench.ms(latency, 50), LoadBench.ms(latency, 90), LoadBench.ms(latency, 99),
                LoadBench.ms(latency, 99.9), latency.getMaxValue() / 1000.0, failed, notSent, notArrived, cpu.server(),
                cpu.client()));
    }

    void sessions(String store, int count, double connectRate, double heapPerSessionKb, long failures) {
        sessions.add(new Sessions(store, count, connectRate, heapPerSessionKb, failures));
    }

    void check(String label, String store, int users, long stored, long lost, long duplicated, long unexpected) {
        checks.add(new Check(label, store, users, stored, lost, duplicated, unexpected));
    }

    void fact(String store, String what, String description, long count, String figure) {
        facts.add(new Fact(store, what, description, count, figure));
    }

    /** A section that could not finish, and why. */
    public void failure(String store, String why) {
        facts.add(new Fact(store, "stopped", "the section stopped: " + why.replace('\n', ' '), 0, ""));
    }

    public List<Run> runs() {
        return List.copyOf(runs);
    }

    public List<Check> checks() {
        return List.copyOf(checks);
    }

    public List<Sessions> sessionSteps() {
        return List.copyOf(sessions);
    }

    public List<Fact> facts() {
        return List.copyOf(facts);
    }

    /** Lost + duplicated + unexpected over every check, plus every bare-push frame that never arrived. */
    public long deliveryFaults() {
        long faults = checks().stream().mapToLong(check -> check.lost() + check.duplicated() + check.unexpected()).sum();
        return faults + runs().stream().filter(run -> run.mode().equals("bare-push")).mapToLong(Run::notArrived).sum();
    }

    /** Writes runs.csv, sessions.csv, checks.csv, facts.csv and summary.md into the directory. */
    public void write(Path directory) throws IOException {
        Files.createDirectories(directory);
        List<String> lines = new ArrayList<>();
        lines.add("label,store,mode,sessions,stored_before,target_rate,seconds,sent_rate,delivered,delivered_per_s,"
                + "p50_ms,p90_ms,p99_ms,p999_ms,max_ms,failed,not_sent,not_arrived,server_cpu_cores,client_cpu_cores");
        for (Run run : runs()) {
            lines.add(String.join(",", text(run.label()), text(run.store()), run.mode(), str(run.sessions()),
                    str(run.storedBefore()),
                    num(run.targetRate()), num(run.seconds()), num(run.sentRate()), str(run.delivered()),
                    num(run.deliveredRate()), num(run.p50()), num(run.p90()), num(run.p99()), num(run.p999()),
                    num(run.max()), str(run.failed()), str(run.notSent()), str(run.notArrived()), num(run.serverCpu()),
                    num(run.clientCpu())));
        }
        Files.write(directory.resolve("runs.csv"), lines, StandardCharsets.UTF_8);
        lines.clear();
        lines.add("store,sessions,connect_per_s,server_heap_kb_per_session,failures");
        for (Sessions step : sessionSteps()) {
            lines.add(String.join(",", text(step.store()), str(step.sessions()), num(step.connectRate()),
                    num(step.heapPerSessionKb()), str(step.failures())));
        }
        Files.write(directory.resolve("sessions.csv"), lines, StandardCharsets.UTF_8);
        lines.clear();
        lines.add("label,store,users,stored,lost,duplicated,unexpected");
        for (Check check : checks()) {
            lines.add(String.join(",", text(check.label()), text(check.store()), str(check.users()), str(check.stored()),
                    str(check.lost()), str(check.duplicated()), str(check.unexpected())));
        }
        Files.write(directory.resolve("checks.csv"), lines, StandardCharsets.UTF_8);
        lines.clear();
        lines.add("store,what,description,count,figure");
        for (Fact fact : facts()) {
            lines.add(String.join(",", text(fact.store()), text(fact.what()), text(fact.description()), str(fact.count()),
                    text(fact.figure())));
        }
        Files.write(directory.resolve("facts.csv"), lines, StandardCharsets.UTF_8);
        Files.writeString(directory.resolve("summary.md"), markdown(), StandardCharsets.UTF_8);
    }

    /** The tables of docs/performance.md, from this report. */
    public String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("| run | store | mode | sessions | stored before | target/s | sent/s | delivered/s | p50 ms | p99 ms "
                + "| p99.9 ms | max ms | refused | not sent | not arrived | CPU server/client (cores) |\n");
        out.append("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (Run run : runs()) {
            out.append(String.format(Locale.ROOT, "| %s | %s | %s | %,d | %,d | %s | %,.0f | %,.0f | %.2f | %.2f | %.2f "
                            + "| %.1f | %d | %,d | %d | %.2f / %.2f |%n", run.label(), run.store(), run.mode(), run.sessions(),
                    run.storedBefore(), run.targetRate() == 0 ? "max" : String.format(Locale.ROOT, "%,.0f", run.targetRate()),
                    run.sentRate(), run.deliveredRate(), run.p50(), run.p99(), run.p999(), run.max(), run.failed(),
                    run.notSent(), run.notArrived(), run.serverCpu(), run.clientCpu()));
        }
        out.append("\n| store | sessions held | connect/s | server heap per session (KB, after full GC) |\n");
        out.append("|---|---:|---:|---:|\n");
        for (Sessions step : sessionSteps()) {
            out.append(String.format(Locale.ROOT, "| %s | %,d | %,.0f | %.1f |%n", step.store(), step.sessions(),
                    step.connectRate(), step.heapPerSessionKb()));
        }
        out.append("\n| check | store | users | stored | lost | duplicated | unexpected |\n");
        out.append("|---|---|---:|---:|---:|---:|---:|\n");
        for (Check check : checks()) {
            out.append(String.format(Locale.ROOT, "| %s | %s | %,d | %,d | %d | %d | %d |%n", check.label(), check.store(),
                    check.users(), check.stored(), check.lost(), check.duplicated(), check.unexpected()));
        }
        out.append("\n| store | what | count | figure |\n|---|---|---:|---|\n");
        for (Fact fact : facts()) {
            out.append(String.format(Locale.ROOT, "| %s | %s | %,d | %s |%n", fact.store(), fact.description(),
                    fact.count(), fact.figure()));
        }
        return out.toString();
    }

    /** A CSV field: quoted when it holds a comma or a quote. */
    private static String text(String value) {
        return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    private static double dbl(String value) {
        return value.isEmpty() ? Double.NaN : Double.parseDouble(value);
    }

    /**
     * Reads the rows of an earlier {@link #write} back, leaving out those of the stores {@code replaced}
     * accepts (a section run again replaces its rows).
     */
    public static Report read(Path directory, java.util.function.Predicate<String> replaced) throws IOException {
        Report report = new Report();
        List<String> lines = Files.readAllLines(directory.resolve("runs.csv"));
        for (String line : lines.subList(1, lines.size())) {
            List<String> f = fields(line);
            if (!replaced.test(f.get(1))) {
                report.runs.add(new Run(f.get(0), f.get(1), f.get(2), Integer.parseInt(f.get(3)), Long.parseLong(f.get(4)),
                        dbl(f.get(5)), dbl(f.get(6)), dbl(f.get(7)), Long.parseLong(f.get(8)), dbl(f.get(9)), dbl(f.get(10)),
                        dbl(f.get(11)), dbl(f.get(12)), dbl(f.get(13)), dbl(f.get(14)), Long.parseLong(f.get(15)),
                        Long.parseLong(f.get(16)), Long.parseLong(f.get(17)), dbl(f.get(18)), dbl(f.get(19))));
            }
        }
        lines = Files.readAllLines(directory.resolve("sessions.csv"));
        for (String line : lines.subList(1, lines.size())) {
            List<String> f = fields(line);
            if (!replaced.test(f.get(0))) {
                report.sessions.add(new Sessions(f.get(0), Integer.parseInt(f.get(1)), dbl(f.get(2)), dbl(f.get(3)),
                        Long.parseLong(f.get(4))));
            }
        }
        lines = Files.readAllLines(directory.resolve("checks.csv"));
        for (String line : lines.subList(1, lines.size())) {
            List<String> f = fields(line);
            if (!replaced.test(f.get(1))) {
                report.checks.add(new Check(f.get(0), f.get(1), Integer.parseInt(f.get(2)), Long.parseLong(f.get(3)),
                        Long.parseLong(f.get(4)), Long.parseLong(f.get(5)), Long.parseLong(f.get(6))));
            }
        }
        lines = Files.readAllLines(directory.resolve("facts.csv"));
        for (String line : lines.subList(1, lines.size())) {
            List<String> f = fields(line);
            if (!replaced.test(f.get(0))) {
                report.facts.add(new Fact(f.get(0), f.get(1), f.get(2), Long.parseLong(f.get(3)), f.get(4)));
            }
        }
        return report;
    }

    private static String str(long value) {
        return Long.toString(value);
    }

    private static String num(double value) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.3f", value);
    }
}
