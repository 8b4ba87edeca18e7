package org.leavenotify.application;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.leavenotify.application.administration.OrganisationChangeDispatcher;
import org.leavenotify.application.administration.PublicHolidayService;
import org.leavenotify.application.administration.port.out.SessionTerminationPort;
import org.leavenotify.application.auth.AuthenticationService;
import org.leavenotify.application.auth.PasswordChangeService;
import org.leavenotify.application.auth.port.out.AccessTokenPort;
import org.leavenotify.application.demo.DemoOrganisation;
import org.leavenotify.adapter.memory.InMemoryCredentialStore;
import org.leavenotify.adapter.memory.InMemoryEmployeeDirectory;
import org.leavenotify.adapter.memory.InMemoryHolidayCalendar;
import org.leavenotify.adapter.memory.InMemoryLeaveAllowances;
import org.leavenotify.adapter.memory.InMemoryLeaveLedgers;
import org.leavenotify.adapter.memory.InMemoryLeaveRequestRepository;
import org.leavenotify.adapter.memory.InMemoryMailIntents;
import org.leavenotify.adapter.memory.InMemoryMailbox;
import org.leavenotify.adapter.memory.InMemoryNotificationPreferences;
import org.leavenotify.adapter.memory.InMemoryNotificationStore;
import org.leavenotify.adapter.memory.InMemoryPresence;
import org.leavenotify.adapter.memory.InMemoryPushNotifications;
import org.leavenotify.adapter.memory.InMemoryUnsubscribeTokens;
import org.leavenotify.adapter.memory.InMemorySessionTermination;
import org.leavenotify.adapter.memory.SaltedSha256PasswordHasher;
import org.leavenotify.application.leave.FollowUpService;
import org.leavenotify.application.leave.LeaveQueryService;
import org.leavenotify.application.leave.LeaveRequestService;
import org.leavenotify.application.leave.port.out.LeaveRequestRepositoryPort;
import org.leavenotify.application.leave.port.out.PendingLeaveRequestsPort;
import org.leavenotify.application.mail.MailRules;
import org.leavenotify.application.mail.MailScheduler;
import org.leavenotify.application.mail.MailService;
import org.leavenotify.application.mail.port.out.MailAddressPort;
import org.leavenotify.application.mail.port.out.MailDeliveryPort;
import org.leavenotify.application.notification.NotificationDispatcher;
import org.leavenotify.application.notification.NotificationPreferencesService;
import org.leavenotify.application.notification.NotificationService;
import org.leavenotify.application.notification.port.out.NotificationStorePort;
import org.leavenotify.application.notification.port.out.PushNotificationPort;
import org.leavenotify.application.shared.TimeOrderedIdGenerator;
import org.leavenotify.domain.leave.FollowUpPolicy;
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
    public final InMemoryLeaveLedgers ledgers = new InMemoryLeaveLedgers();
    public final InMemoryEmployeeDirectory directory = new InMemoryEmployeeDirectory();
    public final InMemoryHolidayCalendar calendar = new InMemoryHolidayCalendar();
    public final InMemoryLeaveAllowances allowances = new InMemoryLeaveAllowances();
    public final InMemoryCredentialStore credentials = new InMemoryCredentialStore();
    public final InMemoryNotificationStore notifications = new InMemoryNotificationStore();
    public final InMemoryPresence presence = new InMemoryPresence();
    public final InMemoryPushNotifications pushed = new InMemoryPushNotifications();
    public final TimeOrderedIdGenerator ids = new TimeOrderedIdGenerator(clock, 1);
    public final org.leavenotify.adapter.memory.InMemoryFailedAttempts failedAttempts =
            new org.leavenotify.adapter.memory.InMemoryFailedAttempts();
    public final org.leavenotify.adapter.memory.InMemorySessionGenerations sessionGenerations =
            new org.leavenotify.adapter.memory.InMemorySessionGenerations();
    public final org.leavenotify.application.auth.NewPasswords newPasswords =
            new org.leavenotify.application.auth.NewPasswords(new org.leavenotify.application.auth.FakePasswordStrength());
    public final org.leavenotify.application.auth.LoginThrottle throttle =
            new org.leavenotify.application.auth.LoginThrottle(failedAttempts, clock);
    public final LeavePolicy policy = LeavePolicy.DEFAULT;
    public final SaltedSha256PasswordHasher hasher = new SaltedSha256PasswordHasher();
    public final InMemorySessionTermination sessionTermination = new InMemorySessionTermination(presence);

    public final InMemoryMailIntents mailIntents = new InMemoryMailIntents();
    public final InMemoryMailbox mailbox = new InMemoryMailbox();
    /** E-mails of notifications unread ten minutes after they were stored, to {@code <username>@example.com}. */
    public final MailRules mailRules = new MailRules(Duration.ofMinutes(10), Duration.ofSeconds(30),
            Duration.ofMinutes(1), Duration.ofMinutes(30), 5, "https://leave.example.com");
    public final InMemoryNotificationPreferences notificationPreferences = new InMemoryNotificationPreferences();
    public final InMemoryUnsubscribeTokens unsubscribeTokens = new InMemoryUnsubscribeTokens();
    public final NotificationPreferencesService preferences =
            new NotificationPreferencesService(notificationPreferences, unsubscribeTokens);
    public final MailScheduler mailScheduler = new MailScheduler(mailIntents, mailRules);
    public final MailService mail;
    public final NotificationDispatcher dispatcher;
    public final LeaveRequestService leave;
    public final LeaveQueryService queries;
    public final FollowUpService followUps;
    public final NotificationService notificationService;
    public final OrganisationChangeDispatcher organisationChanges;
    public final HrDesk administration;
    public final PublicHolidayService holidays;
    public final PasswordChangeService passwords;

    public InMemoryApplication() {
        this(null, null, null);
    }

    /**
     * Lets a test replace the request store, the notification store or the push adapter (with one that
     * fails, for example); {@code null} keeps the in-memory one.
     */
    public InMemoryApplication(LeaveRequestRepositoryPort requestStore, NotificationStorePort notificationStore,
                               PushNotificationPort push) {
        this(requestStore, notificationStore, push, null);
    }

    /** As above, and lets a test see the sessions HR administration closes ({@code null}: the in-memory one). */
    public InMemoryApplication(LeaveRequestRepositoryPort requestStore, NotificationStorePort notificationStore,
                               PushNotificationPort push, SessionTerminationPort sessions) {
        LeaveRequestRepositoryPort leaveStore = requestStore != null ? requestStore : requests;
        NotificationStorePort store = notificationStore != null ? notificationStore : notifications;
        PushNotificationPort pusher = push != null ? push : pushed;
        mail = mailService(mailbox, employee -> Optional.of(employee.username() + "@example.com"));
        dispatcher = new NotificationDispatcher(leaveStore, directory, store, presence, pusher, ids, clock,
                mailScheduler);
        leave = new LeaveRequestService(leaveStore, ledgers, directory, calendar, allowances, dispatcher, ids, policy,
                clock);
        PendingLeaveRequestsPort pending = leaveStore instanceof PendingLeaveRequestsPort own ? own : requests;
        queries = new LeaveQueryService(leaveStore, pending, ledgers, directory, allowances, policy, clock);
        followUps = new FollowUpService(leaveStore, pending, directory, calendar, dispatcher, ids,
                FollowUpPolicy.DEFAULT, policy, clock);
        notificationService = new NotificationService(store, presence, pusher, clock);
        organisationChanges = new OrganisationChangeDispatcher(directory, directory, leaveStore, dispatcher, dispatcher,
                ids, clock);
        administration = new HrDesk(directory, directory, allowances, leaveStore, ledgers, credentials,
                hasher, newPasswords, new org.leavenotify.application.auth.SessionRevocation(sessionGenerations,
                        sessions != null ? sessions : sessionTermination), organisationChanges, ids, policy,
                clock);
        holidays = new PublicHolidayService(directory, calendar, pending, leaveStore);
        passwords = new PasswordChangeService(directory, credentials, hasher, throttle, newPasswords,
                new org.leavenotify.application.auth.SessionRevocation(sessionGenerations,
                        sessions != null ? sessions : sessionTermination));
        DemoOrganisation.createIfAbsent(directory, credentials, hasher, allowances, calendar,
                LocalDate.ofInstant(NOW, policy.zone()).getYear());
    }

    /** A sender over this application's stores, to {@code delivery}, with these addresses. */
    public MailService mailService(MailDeliveryPort delivery, MailAddressPort addresses) {
        return new MailService(mailIntents, delivery, notifications, directory, addresses, notificationPreferences,
                unsubscribeTokens, ids, mailRules, clock);
    }

    /** Authentication over the in-memory stores with the given token adapter. */
    public AuthenticationService authentication(AccessTokenPort tokens) {
        return new AuthenticationService(credentials, hasher, tokens, directory, throttle, sessionGenerations);
    }
}
