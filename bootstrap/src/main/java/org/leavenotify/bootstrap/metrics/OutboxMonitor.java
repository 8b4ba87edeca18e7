package org.leavenotify.bootstrap.metrics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.leavenotify.application.leave.port.out.LeaveRequestRepositoryPort;
import org.leavenotify.domain.leave.LeaveEvent;
import org.leavenotify.domain.leave.LeaveRequestId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Reads the notification outbox every {@code leavenotify.metrics.outbox-interval}: how many leave
 * requests have events not yet turned into notifications ({@code leavenotify.outbox.backlog}) and how old
 * the oldest such event is ({@code leavenotify.outbox.oldest.age}, seconds). Both are near 0 when all is
 * well: actions dispatch their own events at once, and the sweep finishes what a crash or an outage left.
 * A reading that fails (store down) keeps the previous values and is logged at debug level.
 */
final class OutboxMonitor implements SmartLifecycle {

    /** Requests counted at most; the backlog gauge shows this many when there are more. */
    static final int MAX_COUNTED = 10_000;
    /** Requests whose events are looked at for the oldest one (they come oldest request first). */
    static final int AGE_SAMPLE = 100;

    private static final Logger LOG = LoggerFactory.getLogger(OutboxMonitor.class);

    private final LeaveRequestRepositoryPort requests;
    private final Clock clock;
    private final Duration interval;
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong oldestAgeMillis = new AtomicLong();
    private ScheduledExecutorService executor;

    OutboxMonitor(LeaveRequestRepositoryPort requests, Clock clock, Duration interval) {
        this.requests = requests;
        this.clock = clock;
        this.interval = interval;
    }

    /** Reads the outbox now. */
    void refresh() {
        try {
            List<LeaveRequestId> waiting = requests.findWithUndispatchedEvents(MAX_COUNTED);
            Instant now = clock.instant();
            Instant oldest = now;
            for (LeaveRequestId id : waiting.subList(0, Math.min(AGE_SAMPLE, waiting.size()))) {
                for (LeaveEvent event : requests.findById(id).map(r -> r.undispatchedEvents()).orElse(List.of())) {
                    if (event.occurredAt().isBefore(oldest)) {
                        oldest = event.occurredAt();
                    }
                }
            }
            backlog.set(waiting.size());
            oldestAgeMillis.set(Duration.between(oldest, now).toMillis());
        } catch (RuntimeException e) {
            LOG.debug("Could not read the outbox for its metrics: {}", e.getMessage());
        }
    }

    long backlog() {
        return backlog.get();
    }

    double oldestAgeSeconds() {
        return oldestAgeMillis.get() / 1000.0;
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "outbox-metrics");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::refresh, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
