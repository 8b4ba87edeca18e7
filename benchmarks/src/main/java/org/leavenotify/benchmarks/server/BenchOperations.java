package org.leavenotify.benchmarks.server;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.leavenotify.adapter.persistence.notification.NotificationHistoryLoader;
import org.leavenotify.application.auth.StoredCredentials;
import org.leavenotify.application.auth.port.out.AccessTokenPort;
import org.leavenotify.application.auth.port.out.CredentialStorePort;
import org.leavenotify.application.auth.port.out.PasswordHasherPort;
import org.leavenotify.application.leave.port.out.EmployeeDirectoryPort;
import org.leavenotify.application.leave.port.out.LeaveAllowancePort;
import org.leavenotify.application.notification.port.out.NotificationStorePort;
import org.leavenotify.application.notification.port.out.PushNotificationPort;
import org.leavenotify.application.shared.port.out.IdGeneratorPort;
import org.leavenotify.domain.leave.LeaveRequestId;
import org.leavenotify.domain.leave.WorkingDays;
import org.leavenotify.domain.notification.Actor;
import org.leavenotify.domain.notification.Notification;
import org.leavenotify.domain.notification.NotificationDraft;
import org.leavenotify.domain.notification.NotificationId;
import org.leavenotify.domain.notification.NotificationType;
import org.leavenotify.domain.organisation.Employee;
import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.organisation.Role;
import org.leavenotify.domain.shared.EventId;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.messaging.simp.user.SimpUser;
import org.springframework.messaging.simp.user.SimpUserRegistry;

/** What the control port can do, each through the application's own ports and beans. */
final class BenchOperations {

    /** The password of every seeded employee; hashed once with the application's own hasher. */
    static final String PASSWORD = "bench-password";
    /** Title of preloaded notifications, so the load tool can tell the history from what a run created. */
    static final String HISTORY_TITLE = "bench history";
    /** Title of bare-push notifications; their message is the intended send time (System.nanoTime). */
    static final String BARE_TITLE = "bench bare push";

    private static final int BULK = 1000;

    private final EmployeeDirectoryPort directory;
    private final CredentialStorePort credentials;
    private final PasswordHasherPort hasher;
    private final LeaveAllowancePort allowances;
    private final AccessTokenPort tokens;
    private final NotificationStorePort store;
    private final PushNotificationPort push;
    private final IdGeneratorPort ids;
    private final SimpUserRegistry users;
    private final MongoTemplate mongo;
    private final Clock clock;
    private String passwordHash;

    BenchOperations(EmployeeDirectoryPort directory, CredentialStorePort credentials, PasswordHasherPort hasher,
                    LeaveAllowancePort allowances, AccessTokenPort tokens, NotificationStorePort store,
                    PushNotificationPort push, IdGeneratorPort ids, SimpUserRegistry users, MongoTemplate mongo,
                    Clock clock) {
        this.directory = directory;
        this.credentials = credentials;
        this.hasher = hasher;
        this.allowances = allowances;
        this.tokens = tokens;
        this.store = store;
        this.push = push;
        this.ids = ids;
        this.users = users;
        this.mongo = mongo;
        this.clock = clock;
    }

    /**
     * Creates employees from lines in the HR import's CSV format
     * ({@code username,displayName,roles,managerUsername,allowance}, roles separated by {@code ;}), managers
     * before their reports. Every employee gets the password {@link #PASSWORD} and the allowance for this
     * year and the next.
     */
    synchronized int seed(List<String> lines) {
        if (passwordHash == null) {
            passwordHash = hasher.hash(PASSWORD);
        }
        int year = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).getYear();
        int created = 0;
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("username,")) {
                continue;
            }
            String[] field = line.split(",", -1);
            Set<Role> roles = EnumSet.noneOf(Role.class);
            for (String role : field[2].split("[;|]")) {
                roles.add(Role.valueOf(role.strip()));
            }
            EmployeeId id = new EmployeeId(field[0]);
            EmployeeId manager = field[3].isBlank() ? null : new EmployeeId(field[3]);
            directory.save(new Employee(id, field[0], field[1], roles, manager, true));
            credentials.save(new StoredCredentials(field[0], id, passwordHash));
            int days = Integer.parseInt(field[4].strip());
            if (days > 0) {
                allowances.setAnnualAllowance(id, year, WorkingDays.of(days));
                allowances.setAnnualAllowance(id, year + 1, WorkingDays.of(days));
            }
            created++;
        }
        return created;
    }

    /** An access token for each username, issued by the application's own token adapter (no password check). */
    List<String> tokens(List<String> usernames) {
        List<String> lines = new ArrayList<>(usernames.size());
        for (String username : usernames) {
            if (username.isBlank()) {
                continue;
            }
            Employee employee = directory.findByUsername(username.strip())
                    .orElseThrow(() -> new IllegalArgumentException("no employee " + username));
            lines.add(employee.username() + "\t" + employee.id().value() + "\t"
                    + tokens.issue(employee.id(), employee.roles()).value());
        }
        return lines;
    }

    /**
     * Stores {@code count} read notifications spread over the recipients, titled {@link #HISTORY_TITLE}.
     * On MongoDB (the embedded store included) a bucket at a time through the adapter's history loader, in
     * exactly the stored format; otherwise through the store port.
     */
    long preload(int count, List<String> recipients) {
        return preload(count, recipients, HISTORY_TITLE, true);
    }

    /** As {@link #preload(int, List)}, with the title and the read state given. */
    long preload(int count, List<String> recipients, String title, boolean read) {
        Instant now = clock.instant();
        Map<EmployeeId, List<NotificationDraft>> byRecipient = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            String id = ids.nextId();
            EmployeeId recipient = new EmployeeId(recipients.get(i % recipients.size()));
            byRecipient.computeIfAbsent(recipient, key -> new ArrayList<>()).add(new NotificationDraft(
                    new EventId("history-" + id), recipient, NotificationType.LEAVE_REQUEST_APPROVED, title,
                    "Preloaded by the benchmark", new LeaveRequestId(id), new Actor(recipient, "Bench"), now));
        }
        if (mongo != null) {
            NotificationHistoryLoader loader = new NotificationHistoryLoader(mongo);
            byRecipient.forEach((recipient, drafts) -> {
                for (int from = 0; from < drafts.size(); from += BULK) {
                    loader.append(recipient, drafts.subList(from, Math.min(drafts.size(), from + BULK)), read ? now : null);
                }
            });
            return count;
        }
        byRecipient.values().forEach(drafts -> drafts.forEach(draft -> {
            Notification stored = store.append(draft).notification();
            if (read) {
                store.markRead(stored.recipientId(), stored.id(), now);
            }
        }));
        return count;
    }

    /**
     * The bare-push baseline: pre-built notifications, round robin over the recipients, straight into the
     * push port (no REST, no store, no presence check, no unread count), paced at {@code rate} per second
     * for {@code seconds} (rate 0: as fast as this thread can). Each carries its intended send time.
     */
    String barePush(List<String> recipients, double rate, double seconds) {
        List<Notification> prebuilt = new ArrayList<>(recipients.size());
        Instant now = clock.instant();
        for (String recipient : recipients) {
            EmployeeId id = new EmployeeId(recipient);
            prebuilt.add(new Notification(new NotificationId(ids.nextId()), "bare", id,
                    NotificationType.LEAVE_REQUEST_SUBMITTED, BARE_TITLE, "0", null, new Actor(id, "Bench"), now, null));
        }
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        long interval = rate > 0 ? (long) (1e9 / rate) : 0;
        long pushed = 0;
        long maxLateNanos = 0;
        for (long i = 0; ; i++) {
            long intended = start + i * interval;
            if (intended >= end || (interval == 0 && System.nanoTime() >= end)) {
                break;
            }
            long wait = intended - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            } else {
                maxLateNanos = Math.max(maxLateNanos, -wait);
            }
            if (interval == 0) {
                intended = System.nanoTime();
            }
            Notification template = prebuilt.get((int) (i % prebuilt.size()));
            push.pushNotification(new Notification(new NotificationId(ids.nextId()), "bare", template.recipientId(),
                    template.type(), BARE_TITLE, Long.toString(intended), null, template.actor(), now, null));
            pushed++;
        }
        return "pushed=" + pushed + " seconds=" + (System.nanoTime() - start) / 1e9 + " maxLateMs="
                + TimeUnit.NANOSECONDS.toMillis(maxLateNanos);
    }

    /** Heap in use right after two full collections ({@code System.gc()}, a full GC with G1 by default). */
    String heapAfterGc() {
        System.gc();
        System.gc();
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        return "heapUsed=" + used + " " + sessions();
    }

    String sessions() {
        long sessions = 0;
        for (SimpUser user : users.getUsers()) {
            sessions += user.getSessions().size();
        }
        return "users=" + users.getUserCount() + " sessions=" + sessions;
    }

    /** CPU time this process has used so far, for the share of the two cores each side took. */
    String cpu() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        long cpu = os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
        return "cpuNanos=" + cpu + " pid=" + ProcessHandle.current().pid();
    }
}
