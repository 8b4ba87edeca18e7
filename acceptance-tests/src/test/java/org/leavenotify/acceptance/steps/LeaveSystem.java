package org.leavenotify.acceptance.steps;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the feature files do to the leave system, in business terms. One implementation drives the use
 * cases in-process over the in-memory adapters; the other speaks HTTP and STOMP to the running
 * application. Actions the system refuses throw {@link Refused}.
 */
public interface LeaveSystem extends AutoCloseable {

    /** Today, as the system under test sees it. */
    LocalDate today();

    String submit(Persona who, String leaveType, LocalDate start, LocalDate end);

    void approve(Persona who, String requestId);

    void reject(Persona who, String requestId, String reason);

    void cancel(Persona who, String requestId);

    /** The request's status as its owner sees it. */
    String statusOf(Persona owner, String requestId);

    BigDecimal annualLeaveLeft(Persona who, int year);

    /** Every notification of the person, newest first, as stored. */
    List<SeenNotification> notificationsOf(Persona who);

    long unreadCount(Persona who);

    void markRead(Persona who, String notificationId);

    void markAllRead(Persona who);

    /** Opens a live connection on a device and waits until it listens. */
    void goOnline(Persona who, String device);

    void goOffline(Persona who, String device);

    /** Reconnects a device that was online before, and asks for what it missed. */
    void comeBackOnline(Persona who, String device);

    /**
     * What the device has shown live or by catching up, in the order it arrived, once at least
     * {@code atLeast} have arrived (or a few seconds have passed).
     */
    List<SeenNotification> shownOn(Persona who, String device, int atLeast);

    /** Everything shown to the person on any device so far (without waiting). */
    List<SeenNotification> shownToAnyDeviceOf(Persona who);

    /** The unread count the device shows, once it equals {@code expected} (or a few seconds have passed). */
    long unreadCountShownOn(Persona who, String device, long expected);

    /** Over the wire only: tries to listen to someone else's notifications. */
    void listenTo(Persona listener, Persona owner);

    /** Over the wire only. */
    void connectWithExpiredPass(Persona who);

    /** Over the wire only. */
    void connectWithForgedPass(Persona who);

    /** Disconnects every device at the end of a scenario. */
    @Override
    default void close() {
    }
}
