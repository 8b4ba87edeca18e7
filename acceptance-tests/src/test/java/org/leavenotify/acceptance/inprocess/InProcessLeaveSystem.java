package org.leavenotify.acceptance.inprocess;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.leavenotify.acceptance.steps.LeaveSystem;
import org.leavenotify.acceptance.steps.Persona;
import org.leavenotify.acceptance.steps.Refusal;
import org.leavenotify.acceptance.steps.Refused;
import org.leavenotify.acceptance.steps.SeenNotification;
import org.leavenotify.application.InMemoryApplication;
import org.leavenotify.application.leave.port.in.ApproveLeaveRequestUseCase.ApproveLeaveRequestCommand;
import org.leavenotify.application.leave.port.in.CancelLeaveRequestUseCase.CancelLeaveRequestCommand;
import org.leavenotify.application.leave.port.in.RejectLeaveRequestUseCase.RejectLeaveRequestCommand;
import org.leavenotify.application.leave.port.in.SubmitLeaveRequestUseCase.SubmitLeaveRequestCommand;
import org.leavenotify.application.notification.NotificationPageRequest;
import org.leavenotify.application.notification.port.out.PushNotificationPort;
import org.leavenotify.domain.leave.EmployeeId;
import org.leavenotify.domain.leave.LeaveBalance;
import org.leavenotify.domain.leave.LeaveRequestId;
import org.leavenotify.domain.leave.LeaveType;
import org.leavenotify.domain.notification.Notification;
import org.leavenotify.domain.notification.NotificationId;
import org.leavenotify.domain.shared.DomainRefusal;

/**
 * Drives the use cases directly, over the in-memory adapters, with a clock that stands still. Devices
 * are in-memory inboxes that behave like the web client: they receive pushes while online, drop
 * duplicates by id, and catch up with {@code after} their newest id when they come back.
 */
public class InProcessLeaveSystem implements LeaveSystem, PushNotificationPort {

    private final InMemoryApplication app = new InMemoryApplication(null, null, this);
    private final Map<String, Device> devices = new LinkedHashMap<>();

    private static final class Device {
        final EmployeeId owner;
        final Map<String, SeenNotification> shown = new LinkedHashMap<>();
        boolean online;
        long unreadCount = -1;
        String newestId;

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

    @Override
    public LocalDate today() {
        return LocalDate.ofInstant(app.clock.instant(), ZoneOffset.UTC);
    }

    @Override
    public String submit(Persona who, String leaveType, LocalDate start, LocalDate end) {
        return refusing(() -> app.leave.submit(new SubmitLeaveRequestCommand(id(who), LeaveType.valueOf(leaveType),
                start, end, "Time off")).id().value());
    }

    @Override
    public void approve(Persona who, String requestId) {
        refusing(() -> app.leave.approve(new ApproveLeaveRequestCommand(id(who), new LeaveRequestId(requestId), null)));
    }

    @Override
    public void reject(Persona who, String requestId, String reason) {
        refusing(() -> app.leave.reject(new RejectLeaveRequestCommand(id(who), new LeaveRequestId(requestId), reason)));
    }

    @Override
    public void cancel(Persona who, String requestId) {
        refusing(() -> app.leave.cancel(new CancelLeaveRequestCommand(id(who), new LeaveRequestId(requestId), null)));
    }

    @Override
    public String statusOf(Persona owner, String requestId) {
        return refusing(() -> app.queries.view(id(owner), new LeaveRequestId(requestId)).status().name());
    }

    @Override
    public BigDecimal annualLeaveLeft(Persona who, int year) {
        return app.queries.myBalances(id(who), year).stream().filter(b -> b.type() == LeaveType.ANNUAL)
                .map(LeaveBalance::remaining).findFirst().orElseThrow();
    }

    @Override
    public List<SeenNotification> notificationsOf(Persona who) {
        return app.notificationService.list(NotificationPageRequest.newest(id(who), 100)).items().stream()
                .map(InProcessLeaveSystem::seen).toList();
    }

    @Override
    public long unreadCount(Persona who) {
        return app.notificationService.unreadCount(id(who));
    }

    @Override
    public void markRead(Persona who, String notificationId) {
        refusing(() -> app.notificationService.markRead(id(who), new NotificationId(notificationId)));
    }

    @Override
    public void markAllRead(Persona who) {
        app.notificationService.markAllRead(id(who));
    }

    @Override
    public synchronized void goOnline(Persona who, String device) {
        Device connected = devices.computeIfAbsent(key(who, device), k -> new Device(id(who)));
        connected.online = true;
        app.presence.connected(id(who));
    }

    @Override
    public synchronized void goOffline(Persona who, String device) {
        Device connected = devices.get(key(who, device));
        connected.online = false;
        app.presence.disconnected(id(who));
    }

    @Override
    public synchronized void comeBackOnline(Persona who, String device) {
        goOnline(who, device);
        Device back = devices.get(key(who, device));
        app.notificationService.list(NotificationPageRequest.of(id(who), null, back.newestId, 100, false)).items()
                .forEach(back::show);
    }

    @Override
    public synchronized List<SeenNotification> shownOn(Persona who, String device, int atLeast) {
        return new ArrayList<>(devices.get(key(who, device)).shown.values());
    }

    @Override
    public synchronized List<SeenNotification> shownToAnyDeviceOf(Persona who) {
        return devices.values().stream().filter(d -> d.owner.equals(id(who)))
                .flatMap(d -> d.shown.values().stream()).toList();
    }

    @Override
    public synchronized long unreadCountShownOn(Persona who, String device, long expected) {
        return devices.get(key(who, device)).unreadCount;
    }

    @Override
    public void listenTo(Persona listener, Persona owner) {
        throw new UnsupportedOperationException("channels exist only over the wire");
    }

    @Override
    public void connectWithExpiredPass(Persona who) {
        throw new UnsupportedOperationException("passes exist only over the wire");
    }

    @Override
    public void connectWithForgedPass(Persona who) {
        throw new UnsupportedOperationException("passes exist only over the wire");
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

    private static SeenNotification seen(Notification n) {
        return new SeenNotification(n.id().value(), n.type().name(), n.recipientId().value(), n.actor().id().value(),
                n.leaveRequestId() == null ? null : n.leaveRequestId().value(), n.title(), n.message(), n.isRead());
    }

    private static <T> T refusing(Supplier<T> action) {
        try {
            return action.get();
        } catch (DomainRefusal refusal) {
            throw new Refused(Refusal.fromCode(refusal.code()), refusal.getMessage());
        }
    }

    private static EmployeeId id(Persona who) {
        return new EmployeeId(who.id());
    }

    private static String key(Persona who, String device) {
        return who.id() + "/" + device;
    }
}
