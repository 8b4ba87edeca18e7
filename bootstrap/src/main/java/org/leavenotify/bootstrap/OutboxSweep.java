package org.leavenotify.bootstrap;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.leavenotify.application.notification.port.in.DispatchNotificationsUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The recovery sweep: every {@code leavenotify.dispatch.sweep-interval} it dispatches outbox events
 * that a crash (or a store outage) left behind. Leave actions dispatch their own events at once; this
 * only finishes what they could not. It runs once right at start-up, so events left by a crash are
 * delivered as soon as the application is back.
 */
class OutboxSweep implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSweep.class);

    private final DispatchNotificationsUseCase dispatcher;
    private final LeaveNotifyProperties.Dispatch settings;
    private ScheduledExecutorService executor;

    OutboxSweep(DispatchNotificationsUseCase dispatcher, LeaveNotifyProperties.Dispatch settings) {
        this.dispatcher = dispatcher;
        this.settings = settings;
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "outbox-sweep");
            thread.setDaemon(true);
            return thread;
        });
        long interval = settings.sweepInterval().toMillis();
        executor.scheduleWithFixedDelay(this::sweep, 0, interval, TimeUnit.MILLISECONDS);
    }

    void sweep() {
        try {
            int dispatched = dispatcher.dispatchPending(settings.sweepBatch());
            if (dispatched > 0) {
                LOG.info("Outbox sweep dispatched the events of {} leave request(s) left behind", dispatched);
            }
        } catch (RuntimeException e) {
            LOG.warn("Outbox sweep failed ({}); it will try again in {}", e.getMessage(), settings.sweepInterval());
        }
    }

    /** Stops taking new sweeps and lets a running one finish, so nothing is left half dispatched. */
    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdown();
            try {
                executor.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }

    /** Starts after the stores and the broker, stops before them. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 2000;
    }
}
