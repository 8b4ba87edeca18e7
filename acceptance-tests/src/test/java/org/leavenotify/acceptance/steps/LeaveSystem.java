package org.leavenotify.acceptance.steps;

/**
 * The leave system as the feature files use it, one capability per driver interface: {@link LeaveRequests},
 * {@link Notifications}, {@link Administration} and {@link Sessions}; each step class takes only the ones
 * it uses. One implementation drives the use cases in-process over the in-memory adapters; the other speaks
 * HTTP and STOMP to the running application. Actions the system refuses throw {@link Refused}.
 */
public interface LeaveSystem extends LeaveRequests, Notifications, Administration, Sessions, AutoCloseable {

    /** Disconnects every device at the end of a scenario. */
    @Override
    default void close() {
    }
}
