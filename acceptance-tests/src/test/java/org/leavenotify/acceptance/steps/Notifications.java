package org.leavenotify.acceptance.steps;

import java.util.List;

/** What people are told: their stored notifications, and what their devices show live. */
public interface Notifications {

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

    /**
     * Waits until the device's live connection is closed by the system and returns what it was told, or
     * {@code null} if it is still open after a few seconds.
     */
    String disconnectionOf(Persona who, String device);
}
