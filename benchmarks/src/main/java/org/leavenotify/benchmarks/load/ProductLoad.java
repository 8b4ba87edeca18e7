package org.leavenotify.benchmarks.load;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.Histogram;
import tools.jackson.databind.json.JsonMapper;

/**
 * Drives the real product at a target rate, open loop: action {@code i} is due at {@code t0 + i / rate},
 * whatever happened before, and the latency of its notification is measured from that intended time, so a
 * stall of the server (or of the tool) shows up in the figures instead of slowing the load down.
 *
 * <p>Each report of a connected team runs the cycle: submit (its manager is notified), then one of
 * approve by the manager, reject by the manager or cancel by the employee (the employee, the employee,
 * the manager is notified). Every action is one REST call and one notification. Requests are one-day
 * UNPAID leave on weekdays in the future, each approved day used once, so no action is refused.
 */
final class ProductLoad {

    static final String SUBMITTED = "LEAVE_REQUEST_SUBMITTED";
    static final String APPROVED = "LEAVE_REQUEST_APPROVED";
    static final String REJECTED = "LEAVE_REQUEST_REJECTED";
    static final String CANCELLED = "LEAVE_REQUEST_CANCELLED";

    private static final JsonMapper JSON = JsonMapper.shared();

    /** One employee's place in the cycle. */
    static final class Worker {
        final User employee;
        final User manager;
        final LocalDate firstDay;
        int day;
        int cycle;
        /** The next action of this employee's cycle, kept from one run to the next. */
        String next = "submit";
        String requestId;

        Worker(User employee, User manager, LocalDate firstDay, int offset) {
            this.employee = employee;
            this.manager = manager;
            this.firstDay = firstDay;
            this.cycle = offset;
        }

        LocalDate date() {
            LocalDate date = firstDay;
            for (int i = 0; i < day; ) {
                date = date.plusDays(1);
                if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
                    i++;
                }
            }
            return date;
        }
    }

    private record Action(Worker worker, String kind, String requestId) {
    }

    /** What a run of the product load measured. */
    record Outcome(long scheduled, long sent, long succeeded, long failed, long notSent, double sendSeconds,
                   double deliverySeconds,
                   long delivered, long missing, long unmatched, Histogram latencyMicros, Histogram restMicros,
                   List<String> failures) {
    }

    private final Api api;
    private final Map<String, Long> expected = new ConcurrentHashMap<>();
    /**
     * Intended times of each employee's submissions whose notification has not arrived, oldest first: the
     * notification of a submission does not carry its request id, and the manager's session receives one
     * employee's submissions in order.
     */
    private final Map<String, java.util.concurrent.ConcurrentLinkedDeque<Long>> expectedSubmissions = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Action> ready = new ConcurrentLinkedQueue<>();
    private final ArrayDeque<Long> slots = new ArrayDeque<>();
    private final Object lock = new Object();
    private final AtomicLong succeeded = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong sent = new AtomicLong();
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    private final int maxInFlight;
    private int inFlight;
    private long lastSendNanos;

    /** Written on the event loop only. */
    private Histogram latency = new Histogram(TimeUnit.MINUTES.toMicros(30), 3);
    private Histogram rest = new Histogram(TimeUnit.MINUTES.toMicros(30), 3);
    private long delivered;
    private long unmatched;
    private long lastDeliveryNanos;

    private final java.util.Set<String> touched;

    /**
     * @param touched collects the usernames of everyone this load notifies, for a check of those users only
     */
    ProductLoad(Api api, List<Worker> workers, int maxInFlight, long seed, java.util.Set<String> touched) {
        this.api = api;
        this.touched = touched;
        this.maxInFlight = maxInFlight;
        List<Worker> shuffled = new ArrayList<>(workers);
        Collections.shuffle(shuffled, new Random(seed));
        shuffled.forEach(worker -> ready.add(new Action(worker, worker.next, worker.requestId)));
    }

    /**
     * The workers among the connected users (reports whose manager is connected too), reusing the ones in
     * {@code known} so that each employee's cycle and days carry on from one run to the next.
     */
    static List<Worker> workers(List<User> connected, LocalDate firstDay, Map<String, Worker> known) {
        Map<String, User> byName = new ConcurrentHashMap<>();
        connected.forEach(user -> byName.put(user.username, user));
        List<Worker> workers = new ArrayList<>();
        for (User user : connected) {
            if (!user.manager && user.managerUsername != null && byName.containsKey(user.managerUsername)) {
                workers.add(known.computeIfAbsent(user.username,
                        name -> new Worker(user, byName.get(user.managerUsername), firstDay, known.size() % 3)));
            }
        }
        return workers;
    }

    /** The first Monday at least two weeks ahead: far enough that no request starts in the past. */
    static LocalDate firstDay(LocalDate today) {
        LocalDate day = today.plusDays(14);
        while (day.getDayOfWeek() != DayOfWeek.MONDAY) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** Called on the event loop for each product notification. */
    void received(StompClients.Received frame) {
        Long intended;
        if (SUBMITTED.equals(frame.type())) {
            var queue = expectedSubmissions.get(frame.actorId());
            intended = queue == null ? null : queue.pollFirst();
        } else {
            intended = expected.remove(frame.type() + "|" + frame.leaveRequestId());
        }
        if (intended == null) {
            unmatched++;
            return;
        }
        delivered++;
        lastDeliveryNanos = Math.max(lastDeliveryNanos, frame.receivedNanos());
        latency.recordValue(Math.max(0, (frame.receivedNanos() - intended) / 1000));
    }

    /**
     * Sends {@code rate * seconds} actions on schedule, waits for their answers and then for their
     * notifications (at most {@code drainSeconds} more), and reports. Reads the event-loop state through
     * {@code clients.quiesce()}.
     */
    Outcome run(double rate, double seconds, double drainSeconds, StompClients clients) throws Exception {
        long count = Math.round(rate * seconds);
        double interval = 1e9 / rate;
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20);
        for (long i = 0; i < count; i++) {
            long intended = start + Math.round(i * interval);
            long wait = intended - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            synchronized (lock) {
                slots.add(intended);
            }
            drain();
        }
        // A server that cannot keep up leaves actions behind schedule. They are sent for at most half the
        // run's length (30 s at most) more; what is still unsent then is dropped and reported as not sent.
        long giveUp = start + (long) ((seconds + Math.min(30, seconds / 2)) * 1e9);
        while (System.nanoTime() < giveUp) {
            synchronized (lock) {
                if (slots.isEmpty() && inFlight == 0) {
                    break;
                }
            }
            drain();
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
        }
        long notSent;
        synchronized (lock) {
            notSent = slots.size();
            slots.clear();
        }
        long inFlightDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < inFlightDeadline) {
            synchronized (lock) {
                if (inFlight == 0) {
                    break;
                }
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
        }
        long sendEnd;
        synchronized (lock) {
            sendEnd = lastSendNanos;
        }
        long drainDeadline = System.nanoTime() + (long) (drainSeconds * 1e9);
        while (missing() > 0 && System.nanoTime() < drainDeadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
        }
        clients.quiesce();
        return clients.onLoop(() -> new Outcome(count, sent.get(), succeeded.get(), failed.get(), notSent,
                (sendEnd - start) / 1e9, (Math.max(lastDeliveryNanos, sendEnd) - start) / 1e9, delivered,
                missing(), unmatched, latency, rest, List.copyOf(failures)));
    }

    private long missing() {
        return expected.size() + expectedSubmissions.values().stream().mapToLong(java.util.Collection::size).sum();
    }

    private void drain() {
        synchronized (lock) {
            while (!slots.isEmpty() && inFlight < maxInFlight) {
                Action action = ready.poll();
                if (action == null) {
                    return;
                }
                long intended = slots.poll();
                inFlight++;
                lastSendNanos = System.nanoTime();
                fire(action, intended);
            }
        }
    }

    private void fire(Action action, long intended) {
        Worker worker = action.worker();
        String id = action.requestId();
        sent.incrementAndGet();
        boolean toManager = action.kind().equals("submit") || action.kind().equals("cancel");
        touched.add(toManager ? worker.manager.username : worker.employee.username);
        CompletableFuture<HttpResponse<String>> call;
        String key;
        switch (action.kind()) {
            case "submit" -> {
                key = SUBMITTED + "|" + worker.employee.username;
                expectedSubmissions.computeIfAbsent(worker.employee.username,
                        name -> new java.util.concurrent.ConcurrentLinkedDeque<>()).addLast(intended);
                String date = worker.date().toString();
                call = api.post("/api/leave-requests", worker.employee.token, "{\"type\":\"UNPAID\",\"startDate\":\""
                        + date + "\",\"endDate\":\"" + date + "\",\"reason\":\"load test\"}");
            }
            case "approve" -> {
                key = APPROVED + "|" + id;
                expected.put(key, intended);
                call = api.post("/api/leave-requests/" + id + "/approve", worker.manager.token, "{\"comment\":\"ok\"}");
            }
            case "reject" -> {
                key = REJECTED + "|" + id;
                expected.put(key, intended);
                call = api.post("/api/leave-requests/" + id + "/reject", worker.manager.token,
                        "{\"reason\":\"load test\"}");
            }
            default -> {
                key = CANCELLED + "|" + id;
                expected.put(key, intended);
                call = api.post("/api/leave-requests/" + id + "/cancel", worker.employee.token,
                        "{\"reason\":\"load test\"}");
            }
        }
        call.whenComplete((response, error) -> completed(action, key, intended, response, error));
    }

    private void completed(Action action, String key, long intended, HttpResponse<String> response, Throwable error) {
        long now = System.nanoTime();
        Worker worker = action.worker();
        Action next;
        boolean ok = error == null && response.statusCode() / 100 == 2;
        synchronized (rest) {
            rest.recordValue(Math.max(0, (now - intended) / 1000));
        }
        if (!ok) {
            failed.incrementAndGet();
            if (action.kind().equals("submit")) {
                expectedSubmissions.get(worker.employee.username).removeLastOccurrence(intended);
            } else {
                expected.remove(key);
            }
            if (failures.size() < 20) {
                failures.add(action.kind() + " -> " + (error != null ? error : response.statusCode() + " " + response.body()));
            }
            // Start the cycle over with a new day, so one refusal does not stop this employee.
            worker.day++;
            next = new Action(worker, "submit", null);
        } else {
            succeeded.incrementAndGet();
            if (action.kind().equals("submit")) {
                String requestId = JSON.readTree(response.body()).get("id").asString();
                String decision = switch (worker.cycle++ % 3) {
                    case 0 -> "approve";
                    case 1 -> "reject";
                    default -> "cancel";
                };
                next = new Action(worker, decision, requestId);
            } else {
                if (action.kind().equals("approve")) {
                    worker.day++;
                }
                next = new Action(worker, "submit", null);
            }
        }
        worker.next = next.kind();
        worker.requestId = next.requestId();
        ready.add(next);
        synchronized (lock) {
            inFlight--;
        }
        drain();
    }
}
