package org.leavenotify.benchmarks.load;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

import org.HdrHistogram.Histogram;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One load-testing session against one running server: seeds a population, logs users in, opens and
 * holds STOMP sessions, drives the product or the bare-push baseline, measures, and checks every
 * received notification against the store. Each step returns or prints what it measured; {@link Report}
 * collects the rows.
 */
public final class LoadBench implements AutoCloseable {

    static final String HISTORY_TITLE = "bench history";
    static final String BARE_TITLE = "bench bare push";
    static final String MISSED_TITLE = "bench missed";
    static final String PASSWORD = "bench-password";
    /** Lines per import file: about 70 bytes a line keeps a file under the default 64 KB body limit. */
    static final int IMPORT_LINES = 800;

    private static final JsonMapper JSON = JsonMapper.shared();

    private final String store;
    private final Report report;
    private final Consumer<String> log;
    private final Api api;
    private final ControlPort control;
    private final StompClients clients;
    private final Population population;
    private final List<Session> sessions = new ArrayList<>();
    private final Map<String, Session> sessionsByUser = new HashMap<>();
    private volatile ProductLoad product;
    /** Bare-push state, written on the event loop. */
    private Histogram bareLatency = new Histogram(TimeUnit.MINUTES.toMicros(30), 3);
    private long bareDelivered;
    private long lastBareNanos;
    private long baselineHeap = -1;
    private long storedBefore;

    /**
     * @param base     the application, e.g. {@code http://127.0.0.1:8080}
     * @param control  its bench control port, e.g. {@code http://127.0.0.1:18999}
     * @param store    a label for the rows ({@code in-memory}, {@code embedded}, ...)
     */
    public LoadBench(URI base, URI control, String store, int teams, int teamSize, Report report, Consumer<String> log) {
        this.store = store;
        this.report = report;
        this.log = log;
        this.api = new Api(base);
        this.control = new ControlPort(control);
        this.population = new Population("load", teams, teamSize);
        URI ws = URI.create("ws://" + base.getHost() + ":" + base.getPort() + "/ws");
        this.clients = new StompClients(ws, this::received, true);
    }

    public int users() {
        return population.users.size();
    }

    private void received(StompClients.Received frame) {
        Session session = frame.session();
        if (BARE_TITLE.equals(frame.title())) {
            session.bareReceived.add(frame.id());
            bareDelivered++;
            lastBareNanos = Math.max(lastBareNanos, frame.receivedNanos());
            bareLatency.recordValue(Math.max(0, (frame.receivedNanos() - Long.parseLong(frame.message())) / 1000));
            return;
        }
        session.received.add(frame.id());
        if (session.newestSeen == null || frame.id().compareTo(session.newestSeen) > 0) {
            session.newestSeen = frame.id();
        }
        ProductLoad current = product;
        if (current != null) {
            current.received(frame);
        }
    }

    /** Creates the population through the bench control port (the application's ports, one shared hash). */
    public void seedThroughControlPort() {
        long start = System.nanoTime();
        List<String> csv = population.csv(users(), PASSWORD);
        for (int from = 0; from < csv.size(); from += 2000) {
            control.call("/seed", csv.subList(from, Math.min(csv.size(), from + 2000)));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        log.accept(String.format("seeded %d employees through the control port in %.1f s (%.0f/s)", users(), seconds,
                users() / seconds));
        report.fact(store, "seed", "employees created through the control port (no HR import)", users(),
                String.format("%.0f/s", users() / seconds));
    }

    /**
     * Creates the population the way HR does: an HR user (made through the control port, as no HR exists
     * without the demo data) logs in and posts the CSV to {@code POST /api/employees/import}, in files of
     * whole teams that stay under the request body limit. The first {@code withPassword} users get an
     * initial password (each one costs a BCrypt hash); the others log in through tokens from the control port.
     */
    public void seedThroughImport(int withPassword) throws Exception {
        control.call("/seed", List.of("load-hr,HR Admin,EMPLOYEE|HR_ADMIN,,0"));
        HttpResponse<String> login = api.post("/api/auth/login", null, "{\"username\":\"load-hr\",\"password\":\""
                + PASSWORD + "\"}").get();
        if (login.statusCode() != 200) {
            throw new IllegalStateException("login of the HR user answered " + login.statusCode() + ": " + login.body());
        }
        String hrToken = JSON.readTree(login.body()).get("accessToken").asString();
        long start = System.nanoTime();
        List<String> csv = population.csv(withPassword, PASSWORD);
        int linesPerFile = population.teamSize * (IMPORT_LINES / population.teamSize);
        int files = 0;
        for (int from = 0; from < csv.size(); from += linesPerFile) {
            String file = "username,displayName,roles,managerUsername,allowance\n"
                    + String.join("\n", csv.subList(from, Math.min(csv.size(), from + linesPerFile))) + "\n";
            HttpResponse<String> response = api.postBytes("/api/employees/import", hrToken, "text/csv", file).get();
            if (response.statusCode() != 201) {
                throw new IllegalStateException("import answered " + response.statusCode() + ": " + response.body());
            }
            files++;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        log.accept(String.format("imported %d employees through POST /api/employees/import (%d files) in %.1f s (%.0f/s)",
                users(), files, seconds, users() / seconds));
        report.fact(store, "seed", "employees created through the HR CSV import (" + withPassword
                + " with a password)", users(), String.format("%.0f/s", users() / seconds));
    }

    /**
     * Logs {@code sample} users in through {@code POST /api/auth/login} (BCrypt on every login) and gives
     * every user a token from the control port, which issues it with the application's token adapter.
     */
    public void logIn(int sample, String password) throws Exception {
        int count = Math.min(sample, users());
        if (count > 0) {
            long start = System.nanoTime();
            List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
            Semaphore parallel = new Semaphore(4);
            for (int i = 0; i < count; i++) {
                User user = population.users.get(i);
                parallel.acquire();
                calls.add(api.post("/api/auth/login", null, "{\"username\":\"" + user.username + "\",\"password\":\""
                        + password + "\"}").whenComplete((response, error) -> parallel.release()));
            }
            int ok = 0;
            for (int i = 0; i < count; i++) {
                HttpResponse<String> response = calls.get(i).get();
                if (response.statusCode() == 200) {
                    population.users.get(i).token = JSON.readTree(response.body()).get("accessToken").asString();
                    ok++;
                } else {
                    throw new IllegalStateException("login of " + population.users.get(i) + " answered "
                            + response.statusCode() + ": " + response.body());
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            log.accept(String.format("logged %d users in through REST in %.1f s (%.0f/s)", ok, seconds, ok / seconds));
            report.fact(store, "login", "logins through POST /api/auth/login", ok, String.format("%.0f/s", ok / seconds));
        }
        List<String> names = population.users.stream().filter(user -> user.token == null).map(user -> user.username).toList();
        for (int from = 0; from < names.size(); from += 2000) {
            String answer = control.call("/tokens", names.subList(from, Math.min(names.size(), from + 2000)));
            Map<String, User> byName = new HashMap<>();
            population.users.forEach(user -> byName.put(user.username, user));
            for (String line : answer.split("\n")) {
                String[] parts = line.split("\t");
                byName.get(parts[0]).token = parts[2];
            }
        }
    }

    /** Heap in use after a full GC on the server, before any session is open. */
    public void measureBaselineHeap() {
        baselineHeap = Long.parseLong(ControlPort.fields(control.call("/gc", null)).get("heapUsed"));
        log.accept(String.format("server heap after full GC, no sessions: %.1f MB", baselineHeap / 1e6));
    }

    /**
     * Opens sessions until {@code total} are open (users in team order), at most {@code parallel}
     * handshakes at a time; prints the connect rate and the server's heap per session after a full GC.
     */
    public void connectUpTo(int total, int parallel) throws Exception {
        int target = Math.min(total, users());
        int from = sessions.size();
        Semaphore window = new Semaphore(parallel);
        AtomicLong failures = new AtomicLong();
        List<CompletableFuture<Void>> opening = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = from; i < target; i++) {
            Session session = new Session(population.users.get(i));
            sessions.add(session);
            sessionsByUser.put(session.user.username, session);
            window.acquire();
            opening.add(clients.open(session).whenComplete((ok, error) -> {
                window.release();
                if (error != null && failures.incrementAndGet() <= 5) {
                    log.accept("session of " + session.user + " failed: " + error);
                }
            }));
        }
        for (CompletableFuture<Void> future : opening) {
            try {
                future.get(120, TimeUnit.SECONDS);
            } catch (Exception ignored) {
                // counted in failures
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int opened = target - from - (int) failures.get();
        Map<String, String> server = ControlPort.fields(control.call("/gc", null));
        long heap = Long.parseLong(server.get("heapUsed"));
        int serverSessions = Integer.parseInt(server.get("sessions"));
        double perSession = baselineHeap < 0 ? Double.NaN : (heap - baselineHeap) / (double) serverSessions;
        log.accept(String.format("opened %d sessions (%d failed) in %.1f s: %.0f/s; server holds %d; heap after full GC "
                        + "%.1f MB, %.1f KB per session; load tool heap %.1f MB", opened, failures.get(), seconds,
                opened / seconds, serverSessions, heap / 1e6, perSession / 1024, clientHeap() / 1e6));
        report.sessions(store, serverSessions, opened / seconds, perSession / 1024, failures.get());
        if (failures.get() > 0) {
            throw new IllegalStateException(failures.get() + " sessions could not be opened");
        }
    }

    private static long clientHeap() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    public int openSessions() {
        return (int) sessions.stream().filter(Session::isOpen).count();
    }

    /**
     * Stores {@code count} more read notifications through the control port, spread over the connected
     * users (history: the load tool's checks leave them out).
     */
    public void preload(int count) {
        long start = System.nanoTime();
        List<String> recipients = population.users.stream().map(user -> user.username).toList();
        for (int done = 0; done < count; done += 100_000) {
            control.call("/preload?count=" + Math.min(100_000, count - done), recipients);
        }
        storedBefore += count;
        log.accept(String.format("preloaded %d notifications (now %d stored before the next run) in %.1f s", count,
                storedBefore, (System.nanoTime() - start) / 1e9));
    }

    /** Preloads what it takes for {@code total} notifications to be stored (nothing if there are as many). */
    public void preloadTo(long total) {
        if (total > storedBefore) {
            preload(Math.toIntExact(total - storedBefore));
        }
    }

    public void setStoredBefore(long stored) {
        storedBefore = stored;
    }

    /** The product at {@code rate} actions per second for {@code seconds}, over the connected teams. */
    public ProductLoad.Outcome product(String label, double rate, double seconds) throws Exception {
        List<User> connected = sessions.stream().filter(Session::isOpen).map(session -> session.user).toList();
        List<ProductLoad.Worker> workers = ProductLoad.workers(connected,
                ProductLoad.firstDay(LocalDate.now(ZoneOffset.UTC)), knownWorkers);
        ProductLoad load = new ProductLoad(api, workers, 256, label.hashCode(), touched);
        clients.quiesce();
        product = load;
        Cpu cpu = Cpu.start(control);
        ProductLoad.Outcome outcome = load.run(rate, seconds, 20, clients);
        Cpu.Share share = cpu.stop();
        product = null;
        Histogram latency = outcome.latencyMicros();
        log.accept(String.format("%s: product %s, %d sessions, %d stored before, target %.0f/s for %.0f s: sent %d "
                        + "(%.0f/s), ok %d, failed %d, not sent (behind schedule) %d; notified %d (%.0f/s), "
                        + "not arrived %d, unmatched %d; "
                        + "end-to-end ms p50 %.2f p99 %.2f p99.9 %.2f max %.2f; REST from intended p99 %.2f ms; "
                        + "CPU server %.0f%% client %.0f%% of one core",
                label, store, openSessions(), storedBefore, rate, seconds, outcome.sent(), outcome.sent() / outcome.sendSeconds(),
                outcome.succeeded(), outcome.failed(), outcome.notSent(), outcome.delivered(),
                outcome.delivered() / outcome.deliverySeconds(),
                outcome.missing(), outcome.unmatched(), ms(latency, 50), ms(latency, 99), ms(latency, 99.9),
                latency.getMaxValue() / 1000.0, ms(outcome.restMicros(), 99), share.server() * 100, share.client() * 100));
        outcome.failures().forEach(failure -> log.accept("  refused: " + failure));
        report.run(label, store, "product", openSessions(), storedBefore, rate, seconds, outcome.sent() / outcome.sendSeconds(),
                outcome.delivered(), outcome.delivered() / outcome.deliverySeconds(), latency, outcome.failed(),
                outcome.notSent(), outcome.missing(), share);
        storedBefore += outcome.succeeded();
        return outcome;
    }

    /**
     * The soak: the product load at {@code rate} for {@code minutes}, one minute at a time (a row each, so
     * latency over time shows), and after each minute {@code churn} sessions (in turn) disconnect and
     * connect again, then the server's heap after a full GC is recorded. A leak per action, per
     * notification or per session shows as heap growing from minute to minute.
     */
    public void soak(String label, double rate, int minutes, int churn) throws Exception {
        long firstHeap = -1;
        long firstStored = storedBefore;
        int reconnected = 0;
        int retried = 0;
        for (int minute = 1; minute <= minutes; minute++) {
            product(String.format("%s-%02d", label, minute), rate, 60);
            clients.quiesce();
            for (int i = 0; i < churn; i++) {
                Session session = sessions.get((reconnected + i) % sessions.size());
                clients.close(session);
            }
            waitUntilServerDropped();
            for (int i = 0; i < churn; i++) {
                Session session = sessions.get((reconnected + i) % sessions.size());
                try {
                    clients.open(session).get(20, TimeUnit.SECONDS);
                } catch (java.util.concurrent.TimeoutException stuck) {
                    // What a browser does (its connection timeout): give up on this connection and open another.
                    retried++;
                    log.accept("soak: the session of " + session.user.username + " was not ready 20 s after "
                            + "reconnecting (it got to: " + session.stage + ", receipts awaited "
                            + clients.onLoop(() -> session.receiptsAwaited) + "); closing it and connecting again");
                    clients.close(session);
                    clients.open(session).get(60, TimeUnit.SECONDS);
                }
            }
            reconnected += churn;
            Map<String, String> server = ControlPort.fields(control.call("/gc", null));
            long heap = Long.parseLong(server.get("heapUsed"));
            if (firstHeap < 0) {
                firstHeap = heap;
                firstStored = storedBefore;
            }
            String description = String.format("heap after full GC, minute %d of %d (%d sessions held, %,d reconnected "
                    + "so far, %,d stored)", minute, minutes, Integer.parseInt(server.get("sessions")), reconnected, storedBefore);
            log.accept(String.format("soak: %s: %.1f MB", description, heap / 1e6));
            report.fact(store, "soak", description, minute, String.format("%.1f MB", heap / 1e6));
        }
        Map<String, String> server = ControlPort.fields(control.call("/gc", null));
        long lastHeap = Long.parseLong(server.get("heapUsed"));
        long grownBy = lastHeap - firstHeap;
        long storedSince = storedBefore - firstStored;
        String figure = String.format("%+.1f MB (%+.0f bytes per notification stored since)", grownBy / 1e6,
                storedSince == 0 ? 0.0 : grownBy / (double) storedSince);
        log.accept("soak: heap from the end of minute 1 to the end: " + figure);
        report.fact(store, "soak", String.format("heap growth after full GC from minute 1 to minute %d (%,d "
                + "notifications stored meanwhile, %,d sessions reconnected)", minutes, storedSince, reconnected), minutes, figure);
        report.fact(store, "soak", "reconnections not ready within 20 s, closed and opened again (a browser's "
                + "connection timeout)", retried, retried + " of " + reconnected);
    }

    private final Map<String, ProductLoad.Worker> knownWorkers = new HashMap<>();
    /** Users notified since the last check. */
    private final Set<String> touched = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * The baseline: the server pushes pre-built notifications straight into its push port (no REST, no
     * store) to the connected users in turn, at {@code rate} per second for {@code seconds}.
     */
    public void barePush(String label, double rate, double seconds) throws Exception {
        List<String> recipients = sessions.stream().filter(Session::isOpen).map(session -> session.user.username).toList();
        long before = clients.onLoop(() -> {
            bareLatency = new Histogram(TimeUnit.MINUTES.toMicros(30), 3);
            long delivered = bareDelivered;
            lastBareNanos = 0;
            return delivered;
        });
        long start = System.nanoTime();
        Cpu cpu = Cpu.start(control);
        String answer = control.call("/bare-push?rate=" + rate + "&seconds=" + seconds, recipients);
        long pushed = Long.parseLong(ControlPort.fields(answer).get("pushed"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (clients.onLoop(() -> bareDelivered) - before < pushed && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
        Cpu.Share share = cpu.stop();
        long delivered = clients.onLoop(() -> bareDelivered) - before;
        Histogram latency = clients.onLoop(() -> bareLatency.copy());
        double deliverySeconds = (clients.onLoop(() -> lastBareNanos) - start) / 1e9;
        log.accept(String.format("%s: bare push, %d sessions, target %s/s for %.0f s: %s; delivered %d (%.0f/s); "
                        + "push-port-to-frame ms p50 %.2f p99 %.2f p99.9 %.2f max %.2f; CPU server %.0f%% client %.0f%%",
                label, recipients.size(), rate == 0 ? "max" : String.format("%.0f", rate), seconds, answer, delivered,
                delivered / deliverySeconds, ms(latency, 50), ms(latency, 99), ms(latency, 99.9),
                latency.getMaxValue() / 1000.0, share.server() * 100, share.client() * 100));
        report.run(label, store, "bare-push", recipients.size(), storedBefore, rate, seconds, pushed / seconds, delivered,
                delivered / deliverySeconds, latency, 0, 0, pushed - delivered, share);
    }

    /**
     * Every connected user's received notification ids against what the store holds for them
     * ({@code GET /api/notifications}, all pages): lost = stored but never received on their session,
     * duplicated = received more than once, unexpected = received but not stored. Bare-push frames are
     * checked by count and uniqueness. Returns lost + duplicated + unexpected.
     */
    public long verify(String label) throws Exception {
        return verify(label, false);
    }

    /**
     * Like {@link #verify(String)}, but only for the users notified since the last check (every other
     * user's feed is unchanged since then): on a store that scans, reading every feed costs minutes.
     */
    public long verifyTouched(String label) throws Exception {
        return verify(label, true);
    }

    private long verify(String label, boolean touchedOnly) throws Exception {
        long start = System.nanoTime();
        Map<Session, Set<String>> storedBySession = new java.util.concurrent.ConcurrentHashMap<>();
        Semaphore parallel = new Semaphore(8);
        List<CompletableFuture<Void>> fetches = new ArrayList<>();
        List<Session> checked = sessions.stream()
                .filter(session -> !touchedOnly || touched.contains(session.user.username)).toList();
        touched.clear();
        for (Session session : checked) {
            parallel.acquire();
            fetches.add(storedIds(session.user, null, new ArrayList<>())
                    .thenAccept(ids -> storedBySession.put(session, new HashSet<>(ids)))
                    .whenComplete((ok, error) -> parallel.release()));
        }
        CompletableFuture.allOf(fetches.toArray(CompletableFuture[]::new)).get(30, TimeUnit.MINUTES);
        double fetchSeconds = (System.nanoTime() - start) / 1e9;
        // Delivery is asynchronous: give frames still on their way a bounded time to arrive.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        Tally tally = tally(checked, storedBySession);
        while (tally.lost > 0 && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
            tally = tally(checked, storedBySession);
        }
        log.accept(String.format("%s: checked %d users against the store (read in %.1f s): %d stored, lost %d, "
                        + "duplicated %d (bare push %d), unexpected %d", label, checked.size(), fetchSeconds,
                tally.stored, tally.lost, tally.duplicated, tally.bareDuplicated, tally.unexpected));
        tally.examples.forEach(example -> log.accept("  " + example));
        report.check(label, store, checked.size(), tally.stored, tally.lost, tally.duplicated + tally.bareDuplicated,
                tally.unexpected);
        return tally.lost + tally.duplicated + tally.bareDuplicated + tally.unexpected;
    }

    private static final class Tally {
        long stored;
        long lost;
        long duplicated;
        long bareDuplicated;
        long unexpected;
        final List<String> examples = new ArrayList<>();

        void example(String text) {
            if (examples.size() < 5) {
                examples.add(text);
            }
        }
    }

    /** Compares, on the event loop, what each session received with what the store holds for its user. */
    private Tally tally(List<Session> checked, Map<Session, Set<String>> storedBySession) throws Exception {
        return clients.onLoop(() -> {
            Tally tally = new Tally();
            for (Session session : checked) {
                Set<String> storedIds = storedBySession.getOrDefault(session, Set.of());
                Set<String> distinct = new HashSet<>();
                for (String id : session.received) {
                    if (!distinct.add(id)) {
                        tally.duplicated++;
                        tally.example("duplicated " + id + " to " + session.user);
                    }
                }
                tally.stored += storedIds.size();
                for (String id : storedIds) {
                    if (!distinct.contains(id)) {
                        tally.lost++;
                        tally.example("lost " + id + " of " + session.user);
                    }
                }
                for (String id : distinct) {
                    if (!storedIds.contains(id)) {
                        tally.unexpected++;
                        tally.example("unexpected " + id + " to " + session.user);
                    }
                }
                tally.bareDuplicated += session.bareReceived.size() - new HashSet<>(session.bareReceived).size();
            }
            return tally;
        });
    }

    private CompletableFuture<List<String>> storedIds(User user, String before, List<String> into) {
        String path = "/api/notifications?limit=100" + (before == null ? "" : "&before=" + before);
        return api.get(path, user.token).thenCompose(response -> {
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " for " + user + " answered " + response.statusCode());
            }
            JsonNode page = JSON.readTree(response.body());
            String oldest = null;
            for (JsonNode item : page.get("items")) {
                oldest = item.get("id").asString();
                if (!HISTORY_TITLE.equals(item.get("title").asString())
                        && item.get("type").asString().startsWith("LEAVE_REQUEST_")) {
                    into.add(oldest);
                }
            }
            if (page.get("hasMore").asBoolean() && oldest != null) {
                return storedIds(user, oldest, into);
            }
            return CompletableFuture.completedFuture(into);
        });
    }

    /**
     * Reconnect catch-up: a manager's session is closed, {@code missed} unread notifications are stored for
     * them meanwhile (through the control port, straight into the store: what is measured is the
     * catch-up, not their creation), then the session reconnects, subscribes (receipt) and pages through
     * {@code /app/notifications} with {@code after} its newest id, 100 at a time. Measures from the start
     * of the reconnect to the last page, and checks the pages hold exactly what was missed.
     */
    public void catchUp(int missed) throws Exception {
        Session session = sessions.get(0);
        User manager = session.user;
        clients.quiesce();
        String newest = clients.onLoop(() -> session.newestSeen);
        clients.close(session);
        touched.add(manager.username);
        waitUntilServerDropped();
        control.call("/preload?count=" + missed + "&title=" + MISSED_TITLE.replace(" ", "%20") + "&read=false",
                List.of(manager.username));
        List<String> caughtUp = new ArrayList<>();
        CompletableFuture<Void> done = new CompletableFuture<>();
        long start = System.nanoTime();
        clients.open(session).get(60, TimeUnit.SECONDS);
        long subscribed = System.nanoTime();
        String[] cursor = {newest};
        session.listReplies = json -> {
            JsonNode page = JSON.readTree(json);
            for (JsonNode item : page.get("items")) {
                cursor[0] = item.get("id").asString();
                // Preloaded history newer than what the session saw last comes too; the check leaves it out.
                if (!HISTORY_TITLE.equals(item.get("title").asString())) {
                    caughtUp.add(cursor[0]);
                }
            }
            if (page.get("hasMore").asBoolean()) {
                session.write(StompFrame.send("/app/notifications", "{\"after\":\"" + cursor[0] + "\",\"limit\":100}"));
            } else {
                done.complete(null);
            }
        };
        clients.onLoop(() -> {
            session.write(StompFrame.send("/app/notifications", cursor[0] == null ? "{\"limit\":100}"
                    : "{\"after\":\"" + cursor[0] + "\",\"limit\":100}"));
            return null;
        });
        try {
            done.get(2, TimeUnit.MINUTES);
        } catch (java.util.concurrent.TimeoutException stuck) {
            log.accept("catch-up: no last page within 2 minutes");
        }
        long end = System.nanoTime();
        session.listReplies = null;
        clients.onLoop(() -> {
            session.received.addAll(caughtUp);
            return null;
        });
        double millis = (end - start) / 1e6;
        log.accept(String.format("catch-up: %d missed notifications fetched in %.0f ms after reconnecting "
                        + "(connect + subscribe %.0f ms, %d pages of 100; %d stored before)", caughtUp.size(), millis,
                (subscribed - start) / 1e6, (caughtUp.size() + 99) / 100, storedBefore));
        report.fact(store, "catch-up", String.format("reconnect and fetch %,d missed notifications (%,d stored)",
                missed, storedBefore + missed), caughtUp.size(), caughtUp.size() == missed
                ? String.format("%.0f ms", millis) : String.format("only %d fetched in %.0f ms", caughtUp.size(), millis));
        // What the pages missed shows as lost in the next check: the missed notifications are in the store.
        storedBefore += missed;
    }

    private void waitUntilServerDropped() {
        int expected = openSessions();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            int held = Integer.parseInt(ControlPort.fields(control.call("/sessions", null)).get("sessions"));
            if (held <= expected) {
                return;
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
    }

    static double ms(Histogram histogram, double percentile) {
        return histogram.getTotalCount() == 0 ? Double.NaN : histogram.getValueAtPercentile(percentile) / 1000.0;
    }

    @Override
    public void close() {
        clients.close();
        api.close();
    }
}
