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

    /** Marks one of the person's notifications unread again. */
    void markUnread(Persona who, String notificationId);

    /** Takes one of the person's notifications out of their inbox. */
    void archive(Persona who, String notificationId);

    /** Puts one of the person's archived notifications back in their inbox. */
    void unarchive(Persona who, String notificationId);

    /** The person's archived notifications, newest first. */
    List<SeenNotification> archivedOf(Persona who);

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

    // HR administration. People HR adds are named by username; demo users' usernames are their ids.

    /** HR adds someone; refused with {@link Refused}. */
    void addEmployee(Persona hr, NewEmployee employee);

    /** HR adds everyone on the list (managers first) or, if a line is wrong, nobody: {@link ListRefused}. */
    List<String> addFromList(Persona hr, List<NewEmployee> people);

    /** HR moves someone to another manager's team. */
    void moveToTeam(Persona hr, String employeeUsername, String managerUsername);

    void deactivate(Persona hr, String username);

    /** Whether the person exists, as HR sees it. */
    boolean exists(String username);

    /** The username of the person's manager, as HR sees it, or {@code null}. */
    String managerOf(String username);

    /** Whether the username and password let the person in. */
    boolean canSignIn(String username, String password);

    /** Signs the person in (with the demo password) and keeps their pass for later. */
    void signIn(Persona who);

    /** Whether the pass the person got when they signed in is still accepted. */
    boolean passStillAccepted(Persona who);

    void changeOwnPassword(Persona who, String currentPassword, String newPassword);

    /** Every notification of someone HR added, newest first. */
    List<SeenNotification> notificationsOfUser(String username);

    /** The ids of the pending requests waiting for this manager's decision (their team's). */
    List<String> pendingTeamRequestsOf(String managerUsername);

    /** Someone HR added approves a request. */
    void approveAs(String username, String requestId);

    BigDecimal annualLeaveLeftOf(String username, int year);

    /** The working days the request counts, as its owner sees it. */
    BigDecimal workingDaysOf(Persona owner, String requestId);

    void declareHoliday(Persona hr, LocalDate date, String name);

    void removeHoliday(Persona hr, LocalDate date);

    /**
     * Waits until the device's live connection is closed by the system and returns what it was told, or
     * {@code null} if it is still open after a few seconds.
     */
    String disconnectionOf(Persona who, String device);

    /** Disconnects every device at the end of a scenario. */
    @Override
    default void close() {
    }
}
