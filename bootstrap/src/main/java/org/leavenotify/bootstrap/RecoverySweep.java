package org.leavenotify.bootstrap;

import java.time.Duration;
import java.util.function.IntUnaryOperator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A recovery sweep: every {@code leavenotify.dispatch.sweep-interval} it finishes work that a crash (or a
 * store outage) left half done, at most {@code leavenotify.dispatch.sweep-batch} items at a time. The
 * application has two, each over an outbox of its own:
 * <ul>
 *   <li>the <b>outbox sweep</b> dispatches the notification events of leave requests that were not
 *       dispatched when the action ran ({@code DispatchNotificationsUseCase.dispatchPending});</li>
 *   <li>the <b>organisation sweep</b> completes HR's changes whose pending requests were not yet moved to
 *       the new manager or whose people were not yet told
 *       ({@code CompleteOrganisationChangesUseCase.completePending}).</li>
 * </ul>
 * The actions do their own work at once when they can; a sweep only finishes what they could not. They
 * run on Spring's task scheduler ({@link RecoverySweeps}): each once right at start-up, so what a crash left
 * is finished as soon as the application is back, and stopping lets a running sweep finish, so nothing is
 * left half done by a shutdown.
 */
final class RecoverySweep {

    private static final Logger LOG = LoggerFactory.getLogger(RecoverySweep.class);

    private final String name;
    private final String finished;
    private final IntUnaryOperator sweepOnce;
    private final Duration interval;
    private final int batch;

    /**
     * @param name      the sweep's name, for its thread and its log lines ("outbox", "organisation")
     * @param finished  what one item that was finished is, for the log ("leave request(s)")
     * @param sweepOnce finishes at most the batch size given and says how many it finished
     */
    RecoverySweep(String name, String finished, IntUnaryOperator sweepOnce, LeaveNotifyProperties.Dispatch settings) {
        this(name, finished, sweepOnce, settings.sweepInterval(), settings.sweepBatch());
    }

    /** A sweep on its own schedule: every {@code interval}, at most {@code batch} items. */
    RecoverySweep(String name, String finished, IntUnaryOperator sweepOnce, Duration interval, int batch) {
        this.name = name;
        this.finished = finished;
        this.sweepOnce = sweepOnce;
        this.interval = interval;
        this.batch = batch;
    }

    void sweep() {
        try {
            int done = sweepOnce.applyAsInt(batch);
            if (done > 0) {
                LOG.info("The {} sweep finished what was left behind of {} {}", name, done, finished);
            }
        } catch (RuntimeException e) {
            LOG.warn("The {} sweep failed ({}); it will try again in {}", name, e.getMessage(), interval);
        }
    }

    String name() {
        return name;
    }

    Duration interval() {
        return interval;
    }
}
