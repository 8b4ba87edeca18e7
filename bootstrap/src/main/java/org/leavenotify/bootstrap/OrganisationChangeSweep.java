package org.leavenotify.bootstrap;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.leavenotify.application.administration.port.in.CompleteOrganisationChangesUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The recovery sweep of the organisation outbox: every {@code leavenotify.dispatch.sweep-interval} it
 * completes the changes HR made that a crash (or a store outage) left half done: pending requests not
 * yet moved to the new manager, people not yet told. Each change completes itself at once when it can;
 * this only finishes what it could not. Runs once right at start-up, like the notification sweep.
 */
class OrganisationChangeSweep implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(OrganisationChangeSweep.class);

    private final CompleteOrganisationChangesUseCase changes;
    private final LeaveNotifyProperties.Dispatch settings;
    private ScheduledExecutorService executor;

    OrganisationChangeSweep(CompleteOrganisationChangesUseCase changes, LeaveNotifyProperties.Dispatch settings) {
        this.changes = changes;
        this.settings = settings;
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "organisation-sweep");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::sweep, 0, settings.sweepInterval().toMillis(), TimeUnit.MILLISECONDS);
    }

    void sweep() {
        try {
            int completed = changes.completePending(settings.sweepBatch());
            if (completed > 0) {
                LOG.info("Organisation sweep completed the changes of {} employee(s) left behind", completed);
            }
        } catch (RuntimeException e) {
            LOG.warn("Organisation sweep failed ({}); it will try again in {}", e.getMessage(), settings.sweepInterval());
        }
    }

    /** Stops taking new sweeps and lets a running one finish. */
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

    /** Starts after the stores and the broker, stops before them (as the notification sweep). */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 2000;
    }
}
