package org.leavenotify.benchmarks.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;

import org.leavenotify.adapter.persistence.PersistenceAdapterConfiguration;
import org.leavenotify.adapter.persistence.notification.NotificationHistoryLoader;
import org.leavenotify.application.leave.port.out.LeaveLedgerPort;
import org.leavenotify.application.leave.port.out.LeaveRequestRepositoryPort;
import org.leavenotify.application.notification.NotificationPageRequest;
import org.leavenotify.application.notification.port.out.NotificationStorePort;
import org.leavenotify.domain.leave.EmployeeLeave;
import org.leavenotify.domain.leave.HolidayCalendar;
import org.leavenotify.domain.leave.LeaveApplication;
import org.leavenotify.domain.leave.LeavePeriod;
import org.leavenotify.domain.leave.LeavePolicy;
import org.leavenotify.domain.leave.LeaveRequest;
import org.leavenotify.domain.leave.LeaveRequestId;
import org.leavenotify.domain.leave.LeaveType;
import org.leavenotify.domain.leave.WorkingDays;
import org.leavenotify.domain.notification.Actor;
import org.leavenotify.domain.notification.Notification;
import org.leavenotify.domain.notification.NotificationDraft;
import org.leavenotify.domain.notification.NotificationId;
import org.leavenotify.domain.notification.NotificationType;
import org.leavenotify.domain.organisation.Employee;
import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.organisation.Role;
import org.leavenotify.domain.shared.EventId;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The cost of each store operation on the request path, on the embedded store (or the MongoDB at
 * {@code --uri=}), as the store grows: for each size in {@code --stored=} (notifications, spread over
 * {@code --recipients=} feeds, a tenth as many leave requests), it loads the history in bulk, then times each
 * operation on one feed and prints one line of figures per size (median and p99 in ms, one thread).
 *
 * <pre>
 * java -cp 'benchmarks/target/classes:benchmarks/target/lib/*' org.leavenotify.benchmarks.store.StoreBench \
 *      --stored=10000,100000,1000000 [--recipients=1000] [--uri=mongodb://…]
 *      [--data-dir=… --loaded=N]   (measure again on a store an earlier run filled with N)
 * </pre>
 * It reports, never judges: docs/persistence.md and docs/performance.md carry its figures beside the
 * targets.
 */
public final class StoreBench {

    private static final int SAMPLES = 200;
    /** Catching up 1,000 missed is timed this many times (median / max reported). */
    private static final int CATCH_UPS = 7;
    /** Tells this run's feeds and events from an earlier run's on the same store. */
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({MongoAutoConfiguration.class, DataMongoAutoConfiguration.class})
    @Import(PersistenceAdapterConfiguration.class)
    static class StoreOnly {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int recipients = Integer.parseInt(options.getOrDefault("recipients", "1000"));
        long[] sizes = Arrays.stream(options.getOrDefault("stored", "10000,100000").split(","))
                .mapToLong(Long::parseLong).sorted().toArray();
        Path dataDir = options.containsKey("data-dir") ? Path.of(options.get("data-dir"))
                : Files.createTempDirectory("store-bench");
        Map<String, Object> properties = options.containsKey("uri")
                ? Map.of("spring.mongodb.uri", options.get("uri"))
                : Map.of("leavenotify.embedded-store.data-dir", dataDir.toString());
        try (ConfigurableApplicationContext store = new SpringApplicationBuilder(StoreOnly.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .properties(properties).run()) {
            StoreBench bench = new StoreBench(store, recipients);
            bench.loaded = Long.parseLong(options.getOrDefault("loaded", "0"));
            bench.loadedRequests = bench.loaded / 10;
            bench.run(sizes);
        }
    }

    private final NotificationStorePort notifications;
    private final NotificationHistoryLoader loader;
    private final LeaveRequestRepositoryPort requests;
    private final LeaveLedgerPort ledgers;
    private final int recipients;
    private long loaded;
    private long loadedRequests;
    private int sequence;

    private StoreBench(ConfigurableApplicationContext store, int recipients) {
        this.notifications = store.getBean(NotificationStorePort.class);
        this.loader = new NotificationHistoryLoader(store.getBean(MongoTemplate.class));
        this.requests = store.getBean(LeaveRequestRepositoryPort.class);
        this.ledgers = store.getBean(LeaveLedgerPort.class);
        this.recipients = recipients;
    }

    private void run(long[] sizes) {
        System.out.println("| stored notifications (requests) | append | page of 20, newest | page of 20 after | "
                + "catch up 1,000 missed (median / max of 7) | unread count | mark one read | mark all read (20 unread) | "
                + "book + store a request | load a request | save a decision |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
        for (long size : sizes) {
            long started = System.nanoTime();
            loadUpTo(size);
            System.err.printf(Locale.ROOT, "loaded %,d in %.0f s%n", size, (System.nanoTime() - started) / 1e9);
            System.out.println(measure(size));
        }
    }

    /** Tops the store up to {@code size} read notifications over the recipients, and a tenth as many requests. */
    private void loadUpTo(long size) {
        Instant now = Instant.now();
        int perRecipient = (int) Math.max(0, (size - loaded) / recipients);
        for (int r = 0; r < recipients && perRecipient > 0; r++) {
            EmployeeId recipient = new EmployeeId("e" + r);
            List<NotificationDraft> drafts = new ArrayList<>(perRecipient);
            for (int i = 0; i < perRecipient; i++) {
                drafts.add(draft(recipient, "history-" + loaded + "-" + i, now));
            }
            loader.append(recipient, drafts, now);
        }
        loaded += (long) perRecipient * recipients;
        while (loadedRequests < loaded / 10) {
            submitAndStore(new EmployeeId("e" + (loadedRequests % recipients)), (int) (2100 + loadedRequests / recipients % 50));
            loadedRequests++;
        }
    }

    private String measure(long size) {
        EmployeeId feed = new EmployeeId("bench-" + size + "-" + RUN);
        Instant now = Instant.now();
        List<Notification> mine = new ArrayList<>();
        double[] append = time(i -> mine.add(notifications.append(draft(feed, "a-" + size + "-" + RUN + "-" + i, now)).notification()));
        double[] newest = time(i -> notifications.findPage(NotificationPageRequest.newest(feed, 20)));
        NotificationId middle = mine.get(SAMPLES / 2).id();
        double[] after = time(i -> notifications.findPage(new NotificationPageRequest(feed, null, middle, 20, false)));
        double[] catchUp = new double[CATCH_UPS];
        NotificationId cursor = mine.get(mine.size() - 1).id();
        for (int round = 0; round < CATCH_UPS; round++) {
            for (int i = 0; i < 1000; i++) {
                notifications.append(draft(feed, "missed-" + size + "-" + RUN + "-" + round + "-" + i, now));
            }
            long catchUpStart = System.nanoTime();
            List<Notification> caughtUp = new ArrayList<>();
            for (NotificationId from = cursor; ; ) {
                List<Notification> page = notifications.findPage(new NotificationPageRequest(feed, null, from, 100, false));
                List<Notification> shown = page.subList(0, Math.min(100, page.size()));
                caughtUp.addAll(shown);
                if (page.size() <= 100) {
                    break;
                }
                from = shown.get(shown.size() - 1).id();
            }
            catchUp[round] = (System.nanoTime() - catchUpStart) / 1e6;
            if (caughtUp.size() != 1000) {
                throw new IllegalStateException("caught up " + caughtUp.size() + " of 1000");
            }
            cursor = caughtUp.get(caughtUp.size() - 1).id();
        }
        Arrays.sort(catchUp);
        double[] count = time(i -> notifications.countUnread(feed));
        double[] markOne = time(i -> notifications.markRead(feed, mine.get(i).id(), now));
        double[] markAll = time(i -> {
            for (int j = 0; j < 20; j++) {
                notifications.append(draft(feed, "all-" + size + "-" + RUN + "-" + i + "-" + j, now));
            }
            long t = System.nanoTime();
            notifications.markAllRead(feed, now);
            lastNanos = System.nanoTime() - t;
        }, true);
        EmployeeId employee = new EmployeeId("bench-employee-" + size + "-" + RUN);
        List<LeaveRequest> booked = new ArrayList<>();
        double[] book = time(i -> booked.add(submitAndStore(employee, 2030 + i / 100)));
        double[] load = time(i -> requests.findById(booked.get(i).id()));
        double[] decide = time(i -> {
            LeaveRequest request = requests.findById(booked.get(i).id()).orElseThrow();
            request.cancel(employee(employee), "bench", now, LeavePolicy.DEFAULT, new EventId("c-" + size + "-" + RUN + "-" + i));
            requests.save(request);
        });
        return String.format(Locale.ROOT, "| %,d (%,d) | %s | %s | %s | %.1f / %.1f | %s | %s | %s | %s | %s | %s |", size,
                loadedRequests, figures(append), figures(newest), figures(after), catchUp[CATCH_UPS / 2],
                catchUp[CATCH_UPS - 1], figures(count),
                figures(markOne), figures(markAll), figures(book), figures(load), figures(decide));
    }

    private long lastNanos;

    /** Books a one-day request of the employee in the ledger of that year and stores it, as a submission does. */
    private LeaveRequest submitAndStore(EmployeeId employeeId, int year) {
        var ledger = ledgers.ledgerOf(employeeId, year);
        LocalDate day = LocalDate.of(year, 1, 5).plusDays(ledger.bookings().size() % 300);
        if (day.getDayOfWeek().getValue() > 5) {
            day = day.plusDays(8 - day.getDayOfWeek().getValue());
        }
        LeaveRequest request = LeaveRequest.submit(new LeaveRequestId("r" + RUN + "-" + (++sequence) + "-" + year),
                new EventId("s" + RUN + "-" + sequence),
                new LeaveApplication(employee(employeeId), LeaveType.UNPAID, LeavePeriod.of(day, day), null),
                new EmployeeLeave(List.of(), HolidayCalendar.NONE, WorkingDays.NONE, LeavePolicy.DEFAULT),
                Instant.parse("2026-01-01T00:00:00Z"));
        ledgers.book(ledger, request);
        LeaveRequest stored = requests.save(request);
        ledgers.completed(employeeId, year, request.id());
        return stored;
    }

    private static Employee employee(EmployeeId id) {
        return new Employee(id, id.value(), "Bench " + id.value(), java.util.Set.of(Role.EMPLOYEE), new EmployeeId("boss"), true);
    }

    private double[] time(IntConsumer operation) {
        return time(operation, false);
    }

    /** Runs it {@value #SAMPLES} times; the operation may time itself (then it sets {@code lastNanos}). */
    private double[] time(IntConsumer operation, boolean timesItself) {
        double[] millis = new double[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            long t = System.nanoTime();
            operation.accept(i);
            millis[i] = (timesItself ? lastNanos : System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(millis);
        return millis;
    }

    private static String figures(double[] sorted) {
        return String.format(Locale.ROOT, "%.2f / %.2f", sorted[sorted.length / 2], sorted[(int) (sorted.length * 0.99)]);
    }

    private static NotificationDraft draft(EmployeeId recipient, String event, Instant at) {
        return new NotificationDraft(new EventId(event), recipient, NotificationType.LEAVE_REQUEST_APPROVED,
                "Your leave request was approved",
                "Bob Baker approved your annual leave from 2026-12-07 to 2026-12-09 (3 working days).",
                new LeaveRequestId("lr-" + event), new Actor(new EmployeeId("bob"), "Bob Baker"), at);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new java.util.HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("options are --name=value: " + arg);
            }
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        return options;
    }
}
