package org.leavenotify.bootstrap;

import java.time.Instant;
import java.util.List;

import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Runs every {@link RecoverySweep} of the application on Spring's task scheduler, each with a fixed delay
 * after its previous run and the first one at once. A thread per sweep, so that a long sweep (removing old
 * notifications) never holds up another (dispatching the outbox). Stopping takes no new sweep and waits
 * (at most 10 s) for the running ones to finish.
 */
final class RecoverySweeps implements SmartLifecycle {

    private final List<RecoverySweep> sweeps;
    private ThreadPoolTaskScheduler scheduler;

    RecoverySweeps(List<RecoverySweep> sweeps) {
        this.sweeps = List.copyOf(sweeps);
    }

    @Override
    public synchronized void start() {
        ThreadPoolTaskScheduler started = new ThreadPoolTaskScheduler();
        started.setPoolSize(Math.max(1, sweeps.size()));
        started.setThreadNamePrefix("sweep-");
        started.setDaemon(true);
        started.setRemoveOnCancelPolicy(true);
        started.setWaitForTasksToCompleteOnShutdown(true);
        started.setAwaitTerminationSeconds(10);
        started.initialize();
        Instant now = Instant.now();
        for (RecoverySweep sweep : sweeps) {
            if (sweep.interval().isZero()) {
                continue; // turned off by its setting
            }
            started.scheduleWithFixedDelay(sweep::sweep, now, sweep.interval());
        }
        scheduler = started;
    }

    /** Takes no new sweep and lets the running ones finish, so nothing is left half done. */
    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdown();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }

    /** Starts after the stores and the broker, stops before them. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 2000;
    }
}
