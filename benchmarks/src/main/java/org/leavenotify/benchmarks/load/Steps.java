package org.leavenotify.benchmarks.load;

/**
 * Runs a plan of steps, comma-separated, against one {@link LoadBench}:
 * <ul>
 *   <li>{@code seed}: create the population through the control port;</li>
 *   <li>{@code import:<n>}: create it through HR's CSV import instead, the first n users with a password;</li>
 *   <li>{@code login:<n>}: log n users in through REST, tokens for the rest from the control port;</li>
 *   <li>{@code heap0}: the server's heap after a full GC before any session;</li>
 *   <li>{@code connect:<n>}: open sessions until n are held;</li>
 *   <li>{@code bare:<label>:<rate>:<seconds>}: bare-push baseline (rate 0: as fast as it goes);</li>
 *   <li>{@code product:<label>:<rate>:<seconds>}: the product load;</li>
 *   <li>{@code preload:<count>}: store count more (read) notifications;</li>
 *   <li>{@code preload-to:<total>}: store as many as it takes for total to be stored;</li>
 *   <li>{@code catchup:<n>}: reconnect catch-up of n missed notifications;</li>
 *   <li>{@code verify:<label>}: check every session's received ids against the store;</li>
 *   <li>{@code verify-touched:<label>}: the same for the users notified since the last check only;</li>
 *   <li>{@code soak:<label>:<rate>:<minutes>:<churn>}: the product load minute after minute, {@code churn}
 *   sessions reconnecting and the server's heap after a full GC recorded after each minute;</li>
 *   <li>{@code hold:<seconds>}: keep every session open and idle (to look at the server meanwhile).</li>
 * </ul>
 */
public final class Steps {

    private Steps() {
    }

    public static void run(LoadBench bench, String plan) throws Exception {
        for (String step : plan.split(",")) {
            String[] part = step.strip().split(":");
            switch (part[0]) {
                case "seed" -> bench.seedThroughControlPort();
                case "import" -> bench.seedThroughImport(Integer.parseInt(part[1]));
                case "login" -> bench.logIn(Integer.parseInt(part[1]), LoadBench.PASSWORD);
                case "heap0" -> bench.measureBaselineHeap();
                case "connect" -> bench.connectUpTo(Integer.parseInt(part[1]), part.length > 2 ? Integer.parseInt(part[2]) : 128);
                case "bare" -> bench.barePush(part[1], Double.parseDouble(part[2]), Double.parseDouble(part[3]));
                case "product" -> bench.product(part[1], Double.parseDouble(part[2]), Double.parseDouble(part[3]));
                case "preload" -> bench.preload(Integer.parseInt(part[1]));
                case "preload-to" -> bench.preloadTo(Long.parseLong(part[1]));
                case "catchup" -> bench.catchUp(Integer.parseInt(part[1]));
                case "verify" -> bench.verify(part[1]);
                case "verify-touched" -> bench.verifyTouched(part[1]);
                case "soak" -> bench.soak(part[1], Double.parseDouble(part[2]), Integer.parseInt(part[3]),
                        Integer.parseInt(part[4]));
                case "hold" -> Thread.sleep(Long.parseLong(part[1]) * 1000);
                default -> throw new IllegalArgumentException("unknown step " + step);
            }
        }
    }
}
