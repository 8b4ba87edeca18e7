package org.leavenotify.application;

import java.time.Instant;
import java.time.LocalDate;

import org.leavenotify.application.auth.AuthenticationService;
import org.leavenotify.application.auth.port.out.AccessTokenPort;
import org.leavenotify.application.demo.DemoOrganisation;
import org.leavenotify.application.inmemory.InMemoryCredentialStore;
import org.leavenotify.application.inmemory.InMemoryEmployeeDirectory;
import org.leavenotify.application.inmemory.InMemoryHolidayCalendar;
import org.leavenotify.application.inmemory.InMemoryLeaveAllowances;
import org.leavenotify.application.inmemory.InMemoryLeaveRequestRepository;
import org.leavenotify.application.inmemory.InMemoryNotificationStore;
import org.leavenotify.application.inmemory.InMemoryPresence;
import org.leavenotify.application.inmemory.InMemoryPushNotifications;
import org.leavenotify.application.inmemory.SaltedSha256PasswordHasher;
import org.leavenotify.application.leave.LeaveQueryService;
import org.leavenotify.application.leave.LeaveRequestService;
import org.leavenotify.application.leave.port.out.LeaveRequestRepositoryPort;
import org.leavenotify.application.notification.NotificationDispatcher;
import org.leavenotify.application.notification.NotificationService;
import org.leavenotify.application.notification.port.out.NotificationStorePort;
import org.leavenotify.application.notification.port.out.PushNotificationPort;
import org.leavenotify.application.shared.TimeOrderedIdGenerator;
import org.leavenotify.domain.leave.LeavePolicy;

/**
 * The use cases wired to the in-memory adapters and a clock that stands still, with the demo
 * organisation: what application tests and the in-process acceptance suite run against. "Now" is
 * Thursday 2026-11-26 10:00 UTC unless a test moves the clock.
 */
public final class InMemoryApplication {

    public static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    public final MutableClock clock = new MutableClock(NOW);
    public final InMemoryLeaveRequestRepository requests = new InMemoryLeaveRequestRepository();
    public final InMemoryEmployeeDirectory directory = new InMemoryEmployeeDirectory();
    public final InMemoryHolidayCalendar calendar = new InMemoryHolidayCalendar();
    public final InMemoryLeaveAllowances allowances = new InMemoryLeaveAllowances();
    public final InMemoryCredentialStore credentials = new InMemoryCredentialStore();
    public final InMemoryNotificationStore notifications = new InMemoryNotificationStore();
    public final InMemoryPresence presence = new InMemoryPresence();
    public final InMemoryPushNotifications pushed = new InMemoryPushNotifications();
    public final TimeOrderedIdGenerator ids = new TimeOrderedIdGenerator(clock, 1);
    public final LeavePolicy policy = LeavePolicy.DEFAULT;

    public final NotificationDispatcher dispatcher;
    public final LeaveRequestService leave;
    public final LeaveQueryService queries;
    public final NotificationService notificationService;

    public InMemoryApplication() {
        this(null, null, null);
    }

    /**
     * Lets a test replace the request store, the notification store or the push adapter (with one that
     * fails, for example); {@code null} keeps the in-memory one.
     */
    public InMemoryApplication(LeaveRequestRepositoryPort requestStore, NotificationStorePort notificationStore,
                               PushNotificationPort push) {
        LeaveRequestRepositoryPort leaveStore = requestStore != null ? requestStore : requests;
        NotificationStorePort store = notificationStore != null ? notificationStore : notifications;
        PushNotificationPort pusher = push != null ? push : pushed;
        dispatcher = new NotificationDispatcher(leaveStore, directory, store, presence, pusher, ids);
        leave = new LeaveRequestService(leaveStore, directory, calendar, allowances, dispatcher, ids, policy, clock);
        queries = new LeaveQueryService(leaveStore, directory, allowances, policy, clock);
        notificationService = new NotificationService(store, presence, pusher, clock);
        DemoOrganisation.createIfAbsent(directory, credentials, new SaltedSha256PasswordHasher(), allowances, calendar,
                LocalDate.ofInstant(NOW, policy.zone()).getYear());
    }

    /** Authentication over the in-memory stores with the given token adapter. */
    public AuthenticationService authentication(AccessTokenPort tokens) {
        return new AuthenticationService(credentials, new SaltedSha256PasswordHasher(), tokens, directory, clock);
    }
}
