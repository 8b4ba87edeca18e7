package org.leavenotify.acceptance.wire;

import static org.leavenotify.acceptance.wire.WireWorld.*;

import java.util.List;
import java.util.Map;

import org.leavenotify.acceptance.steps.Notifications;
import org.leavenotify.acceptance.steps.Persona;
import org.leavenotify.acceptance.steps.SeenNotification;
import tools.jackson.databind.JsonNode;

/** What people are told, over HTTP (the stored notifications) and STOMP (the devices). */
class WireNotifications implements Notifications {

    private final WireWorld world;
    private final Http http;
    private final Map<String, StompDevice> devices;

    WireNotifications(WireWorld world) {
        this.world = world;
        this.http = world.http();
        this.devices = world.devices();
    }

    @Override
    public List<SeenNotification> notificationsOf(Persona who) {
        JsonNode page = http.get("/api/notifications?limit=100", token(who));
        return page.path("items").valueStream().map(WireWorld::seen).toList();
    }

    @Override
    public long unreadCount(Persona who) {
        return http.get("/api/notifications/unread-count", token(who)).path("unreadCount").asLong();
    }

    @Override
    public void markRead(Persona who, String notificationId) {
        http.post("/api/notifications/" + notificationId + "/read", token(who), null);
    }

    @Override
    public void markAllRead(Persona who) {
        http.post("/api/notifications/read-all", token(who), null);
    }

    @Override
    public void markUnread(Persona who, String notificationId) {
        http.post("/api/notifications/" + notificationId + "/unread", token(who), null);
    }

    @Override
    public void archive(Persona who, String notificationId) {
        http.post("/api/notifications/" + notificationId + "/archive", token(who), null);
    }

    @Override
    public void unarchive(Persona who, String notificationId) {
        http.post("/api/notifications/" + notificationId + "/unarchive", token(who), null);
    }

    @Override
    public List<SeenNotification> archivedOf(Persona who) {
        JsonNode page = http.get("/api/notifications?limit=100&archived=true", token(who));
        return page.path("items").valueStream().map(WireWorld::seen).toList();
    }

    @Override
    public void goOnline(Persona who, String device) {
        StompDevice connected = devices.computeIfAbsent(key(who, device), k -> new StompDevice(world.stomp()));
        run(() -> connected.goOnline(token(who)));
    }

    @Override
    public void goOffline(Persona who, String device) {
        devices.get(key(who, device)).goOffline();
    }

    @Override
    public void comeBackOnline(Persona who, String device) {
        StompDevice back = devices.get(key(who, device));
        run(() -> back.comeBackOnline(token(who)));
    }

    @Override
    public List<SeenNotification> shownOn(Persona who, String device, int atLeast) {
        return devices.get(key(who, device)).awaitShown(atLeast, PATIENCE);
    }

    @Override
    public List<SeenNotification> shownToAnyDeviceOf(Persona who) {
        return devices.entrySet().stream().filter(e -> e.getKey().startsWith(who.id() + "/"))
                .flatMap(e -> e.getValue().shown().stream()).toList();
    }

    @Override
    public long unreadCountShownOn(Persona who, String device, long expected) {
        return devices.get(key(who, device)).awaitUnreadCount(expected, PATIENCE);
    }

    @Override
    public String disconnectionOf(Persona who, String device) {
        return devices.get(key(who, device)).awaitClosedByServer(PATIENCE);
    }

    private String token(Persona who) {
        return world.token(who);
    }
}
