package org.leavenotify.acceptance.inprocess;

import static org.leavenotify.acceptance.inprocess.InProcessWorld.*;

import java.util.List;

import org.leavenotify.acceptance.steps.Notifications;
import org.leavenotify.acceptance.steps.Persona;
import org.leavenotify.acceptance.steps.SeenNotification;
import org.leavenotify.application.notification.NotificationPageRequest;
import org.leavenotify.application.notification.port.in.ArchiveNotificationUseCase;
import org.leavenotify.application.notification.port.in.ListNotificationsQuery;
import org.leavenotify.application.notification.port.in.MarkAllNotificationsReadUseCase;
import org.leavenotify.application.notification.port.in.MarkNotificationReadUseCase;
import org.leavenotify.application.notification.port.in.MarkNotificationUnreadUseCase;
import org.leavenotify.application.notification.port.in.UnreadCountQuery;
import org.leavenotify.domain.notification.NotificationId;

/** What people are told, in-process: the notification use cases, and the world's devices for what is shown live. */
class InProcessNotifications implements Notifications {

    private final InProcessWorld world;
    private final ListNotificationsQuery listing;
    private final UnreadCountQuery unread;
    private final MarkNotificationReadUseCase markingRead;
    private final MarkAllNotificationsReadUseCase markingAllRead;
    private final MarkNotificationUnreadUseCase markingUnread;
    private final ArchiveNotificationUseCase archiving;

    InProcessNotifications(InProcessWorld world) {
        this.world = world;
        this.listing = world.app().notificationService;
        this.unread = world.app().notificationService;
        this.markingRead = world.app().notificationService;
        this.markingAllRead = world.app().notificationService;
        this.markingUnread = world.app().notificationService;
        this.archiving = world.app().notificationService;
    }

    @Override
    public List<SeenNotification> notificationsOf(Persona who) {
        return listing.list(NotificationPageRequest.newest(id(who), 100)).items().stream()
                .map(InProcessWorld::seen).toList();
    }

    @Override
    public long unreadCount(Persona who) {
        return unread.unreadCount(id(who));
    }

    @Override
    public void markRead(Persona who, String notificationId) {
        refusing(() -> markingRead.markRead(id(who), new NotificationId(notificationId)));
    }

    @Override
    public void markAllRead(Persona who) {
        markingAllRead.markAllRead(id(who));
    }

    @Override
    public void markUnread(Persona who, String notificationId) {
        refusing(() -> markingUnread.markUnread(id(who), new NotificationId(notificationId)));
    }

    @Override
    public void archive(Persona who, String notificationId) {
        refusing(() -> archiving.archive(id(who), new NotificationId(notificationId)));
    }

    @Override
    public void unarchive(Persona who, String notificationId) {
        refusing(() -> archiving.unarchive(id(who), new NotificationId(notificationId)));
    }

    @Override
    public List<SeenNotification> archivedOf(Persona who) {
        return listing.list(new NotificationPageRequest(id(who), null, null, 100, false, true)).items()
                .stream().map(InProcessWorld::seen).toList();
    }

    @Override
    public void goOnline(Persona who, String device) {
        world.goOnline(who, device);
    }

    @Override
    public void goOffline(Persona who, String device) {
        world.goOffline(who, device);
    }

    @Override
    public void comeBackOnline(Persona who, String device) {
        world.comeBackOnline(who, device);
    }

    @Override
    public List<SeenNotification> shownOn(Persona who, String device, int atLeast) {
        return world.shownOn(who, device, atLeast);
    }

    @Override
    public List<SeenNotification> shownToAnyDeviceOf(Persona who) {
        return world.shownToAnyDeviceOf(who);
    }

    @Override
    public long unreadCountShownOn(Persona who, String device, long expected) {
        return world.unreadCountShownOn(who, device, expected);
    }

    @Override
    public String disconnectionOf(Persona who, String device) {
        return world.disconnectionOf(who, device);
    }
}
