package org.leavenotify.acceptance.inprocess;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.leavenotify.acceptance.steps.Persona;
import org.leavenotify.acceptance.steps.Refusal;
import org.leavenotify.acceptance.steps.Refused;
import org.leavenotify.acceptance.steps.SeenNotification;
import org.leavenotify.application.InMemoryApplication;
import org.leavenotify.application.administration.port.out.SessionTerminationPort;
import org.leavenotify.application.auth.AccessToken;
import org.leavenotify.application.auth.AuthenticationService;
import org.leavenotify.application.auth.port.out.AccessTokenPort;
import org.leavenotify.application.notification.NotificationPageRequest;
import org.leavenotify.application.notification.port.in.ListNotificationsQuery;
import org.leavenotify.application.notification.port.out.PushNotificationPort;
import org.leavenotify.domain.notification.InboxChange;
import org.leavenotify.domain.notification.Notification;
import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.organisation.Role;
import org.leavenotify.domain.shared.DomainRefusal;

/**
 * One scenario's world at the in-process level: the in-memory application (the use cases over the in-memory
 * adapters, with a clock that stands still) and the devices its people hold. Devices are in-memory inboxes
 * that behave like the web client: they receive pushes while online, drop duplicates by id, and catch up
 * with {@code after} their newest id when they come back. The drivers of each capability share it.
 */
class InProcessWorld implements PushNotificationPort, SessionTerminationPort {

    private final InMemoryApplication app = new InMemoryApplication(null, null, this, this);
    private final Map<String, Device> devices = new LinkedHashMap<>();
    private final AuthenticationService authentication = app.authentication(new NotePasses());
    private final Map<Persona, String> passes = new HashMap<>();
    private final ListNotificationsQuery listing = app.notificationService;

    // Accessors, not fields, for the drivers: they hold the scenario-scoped proxy of this world.

    public InMemoryApplication app() {
        return app;
    }

    public AuthenticationService authentication() {
        return authentication;
    }

    public Map<Persona, String> passes() {
        return passes;
    }

    private static final class Device {
        final EmployeeId owner;
        final Map<String, SeenNotification> shown = new LinkedHashMap<>();
        boolean online;
        long unreadCount = -1;
        String newestId;
        String closedWith;

        Device(EmployeeId owner) {
            this.owner = owner;
        }

        void show(Notification notification) {
            shown.putIfAbsent(notification.id().value(), seen(notification));
            if (newestId == null || notification.id().value().compareTo(newestId) > 0) {
                newestId = notification.id().value();
            }
        }
    }

    public synchronized void goOnline(Persona who, String device) {
        Device connected = devices.computeIfAbsent(key(who, device), k -> new Device(id(who)));
        connected.online = true;
        app.presence.connected(id(who));
    }

    public synchronized void goOffline(Persona who, String device) {
        Device connected = devices.get(key(who, device));
        connected.online = false;
        app.presence.disconnected(id(who));
    }

    public synchronized void comeBackOnline(Persona who, String device) {
        goOnline(who, device);
        Device back = devices.get(key(who, device));
        listing.list(NotificationPageRequest.of(id(who), null, back.newestId, 100, false)).items()
                .forEach(back::show);
    }

    public synchronized List<SeenNotification> shownOn(Persona who, String device, int atLeast) {
        return new ArrayList<>(devices.get(key(who, device)).shown.values());
    }

    public synchronized List<SeenNotification> shownToAnyDeviceOf(Persona who) {
        return devices.values().stream().filter(d -> d.owner.equals(id(who)))
                .flatMap(d -> d.shown.values().stream()).toList();
    }

    public synchronized long unreadCountShownOn(Persona who, String device, long expected) {
        return devices.get(key(who, device)).unreadCount;
    }

    public synchronized String disconnectionOf(Persona who, String device) {
        return devices.get(key(who, device)).closedWith;
    }

    /** Closes the person's devices as the server closes their live sessions, saying why. */
    @Override
    public synchronized int closeAllSessionsOf(EmployeeId employee, String reason) {
        int closed = 0;
        for (Device device : devices.values()) {
            if (device.online && device.owner.equals(employee)) {
                device.online = false;
                device.closedWith = reason;
                app.presence.disconnected(employee);
                closed++;
            }
        }
        return closed;
    }

    @Override
    public synchronized void pushNotification(Notification notification) {
        devices.values().stream().filter(d -> d.online && d.owner.equals(notification.recipientId()))
                .forEach(d -> d.show(notification));
    }

    @Override
    public synchronized void pushUnreadCount(EmployeeId recipient, long unreadCount) {
        devices.values().stream().filter(d -> d.online && d.owner.equals(recipient))
                .forEach(d -> d.unreadCount = unreadCount);
    }

    /** Devices show the unread count that comes with an inbox change; what changed they read on their next list. */
    @Override
    public synchronized void pushChange(EmployeeId recipient, InboxChange change) {
        pushUnreadCount(recipient, change.unreadCount());
    }

    static SeenNotification seen(Notification n) {
        return new SeenNotification(n.id().value(), n.type(), n.recipientId().value(), n.actor().id().value(),
                n.leaveRequestId() == null ? null : n.leaveRequestId().value(), n.title(), n.message(), n.isRead());
    }

    static <T> T refusing(Supplier<T> action) {
        try {
            return action.get();
        } catch (DomainRefusal refusal) {
            throw new Refused(Refusal.fromCode(refusal.code()), refusal.getMessage());
        }
    }

    static Set<Role> roles(List<String> names) {
        return names.stream().map(Role::valueOf).collect(Collectors.toSet());
    }

    static EmployeeId idOrNull(String username) {
        return username == null ? null : new EmployeeId(username);
    }

    /** Passes that just name their holder: enough to sign in and be checked again in-process. */
    private static final class NotePasses implements AccessTokenPort {
        @Override
        public AccessToken issue(EmployeeId subject, Set<Role> roles, long generation) {
            return new AccessToken(subject.value() + "|pass|" + generation, Instant.parse("2099-01-01T00:00:00Z"));
        }

        @Override
        public VerifiedToken verify(String token) {
            String[] parts = token.split("\\|");
            return new VerifiedToken(new EmployeeId(parts[0]), Set.of(), Instant.parse("2099-01-01T00:00:00Z"),
                    parts.length > 2 ? Long.parseLong(parts[2]) : 0);
        }
    }

    static EmployeeId id(Persona who) {
        return new EmployeeId(who.id());
    }

    static String key(Persona who, String device) {
        return who.id() + "/" + device;
    }
}
