package org.leavenotify.benchmarks.load;

import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The load tool against a server that is already running (started with {@code BenchServer}):
 * <pre>
 * java -cp 'benchmarks/target/classes:benchmarks/target/lib/*' org.leavenotify.benchmarks.load.LoadTool \
 *   --base=http://127.0.0.1:8080 --control=http://127.0.0.1:18999 --store=in-memory --teams=100 --team-size=10 \
 *   --plan=seed,login:20,heap0,connect:1000,bare:rate-1000:1000:10,product:rate-1000:1000:20,verify:end \
 *   --out=benchmarks/target/load
 * </pre>
 * Exits with 1 when any notification was lost, duplicated or unexpected.
 */
public final class LoadTool {

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            options.put(pair[0], pair.length > 1 ? pair[1] : "true");
        }
        Report report = new Report();
        try (LoadBench bench = new LoadBench(URI.create(options.getOrDefault("base", "http://127.0.0.1:8080")),
                URI.create(options.getOrDefault("control", "http://127.0.0.1:18999")),
                options.getOrDefault("store", "server"), Integer.parseInt(options.getOrDefault("teams", "50")),
                Integer.parseInt(options.getOrDefault("team-size", "10")), report, LoadTool::log)) {
            Steps.run(bench, options.getOrDefault("plan", "seed,login:10,heap0,connect:500,product:rate-50:50:10,verify:end"));
        }
        Path out = Path.of(options.getOrDefault("out", "benchmarks/target/load"));
        report.write(out);
        Chart.write(report, out.resolve("latency.png"), "leave-notify load tool");
        System.out.println(report.markdown());
        System.exit(report.deliveryFaults() == 0 ? 0 : 1);
    }

    static void log(String line) {
        System.out.printf("%tT %s%n", System.currentTimeMillis(), line);
        System.out.flush();
    }

    private LoadTool() {
    }
}
