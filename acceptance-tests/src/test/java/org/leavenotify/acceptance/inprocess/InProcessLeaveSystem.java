package org.leavenotify.acceptance.inprocess;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.leavenotify.acceptance.steps.LeaveSystem;
import org.leavenotify.acceptance.steps.ListRefused;
import org.leavenotify.acceptance.steps.NewEmployee;
import org.leavenotify.acceptance.steps.Persona;
import org.leavenotify.acceptance.steps.Refusal;
import org.leavenotify.acceptance.steps.Refused;
import org.leavenotify.acceptance.steps.SeenNotification;
import org.leavenotify.application.InMemoryApplication;
import org.leavenotify.application.administration.EmployeeImportRejected.LineError;
import org.leavenotify.application.administration.EmployeeImportRejected;
import org.leavenotify.application.administration.port.in.AddPublicHolidayUseCase.AddPublicHolidayCommand;
import org.leavenotify.application.administration.port.in.AddPublicHolidayUseCase;
import org.leavenotify.application.administration.port.in.ChangeManagerUseCase.ChangeManagerCommand;
import org.leavenotify.application.administration.port.in.ChangeManagerUseCase;
import org.leavenotify.application.administration.port.in.CreateEmployeeUseCase.CreateEmployeeCommand;
import org.leavenotify.application.administration.port.in.CreateEmployeeUseCase;
import org.leavenotify.application.administration.port.in.DeactivateEmployeeUseCase.DeactivateEmployeeCommand;
import org.leavenotify.application.administration.port.in.DeactivateEmployeeUseCase;
import org.leavenotify.application.administration.port.in.EmployeesQuery;
import org.leavenotify.application.administration.port.in.ImportEmployeesUseCase.EmployeeLine;
import org.leavenotify.application.administration.port.in.ImportEmployeesUseCase.ImportEmployeesCommand;
import org.leavenotify.application.administration.port.in.ImportEmployeesUseCase;
import org.leavenotify.application.administration.port.in.RemovePublicHolidayUseCase.RemovePublicHolidayCommand;
import org.leavenotify.application.administration.port.in.RemovePublicHolidayUseCase;
import org.leavenotify.application.administration.port.out.SessionTerminationPort;
import org.leavenotify.application.auth.AccessToken;
import org.leavenotify.application.auth.AuthenticationFailed;
import org.leavenotify.application.auth.AuthenticationService;
import org.leavenotify.application.auth.port.in.ChangeOwnPasswordUseCase.ChangeOwnPasswordCommand;
import org.leavenotify.application.auth.port.in.ChangeOwnPasswordUseCase;
import org.leavenotify.application.auth.port.in.LogInUseCase.LogInCommand;
import org.leavenotify.application.auth.port.out.AccessTokenPort;
import org.leavenotify.application.leave.port.in.ApproveLeaveRequestUseCase.ApproveLeaveRequestCommand;
import org.leavenotify.application.leave.port.in.ApproveLeaveRequestUseCase;
import org.leavenotify.application.leave.port.in.CancelLeaveRequestUseCase.CancelLeaveRequestCommand;
import org.leavenotify.application.leave.port.in.CancelLeaveRequestUseCase;
import org.leavenotify.application.leave.port.in.MyLeaveBalancesQuery;
import org.leavenotify.application.leave.port.in.RejectLeaveRequestUseCase.RejectLeaveRequestCommand;
import org.leavenotify.application.leave.port.in.RejectLeaveRequestUseCase;
import org.leavenotify.application.leave.port.in.SubmitLeaveRequestUseCase.SubmitLeaveRequestCommand;
import org.leavenotify.application.leave.port.in.SubmitLeaveRequestUseCase;
import org.leavenotify.application.leave.port.in.TeamLeaveRequestsQuery;
import org.leavenotify.application.leave.port.in.ViewLeaveRequestQuery;
import org.leavenotify.application.notification.NotificationPageRequest;
import org.leavenotify.application.notification.port.in.ArchiveNotificationUseCase;
import org.leavenotify.application.notification.port.in.ListNotificationsQuery;
import org.leavenotify.application.notification.port.in.MarkAllNotificationsReadUseCase;
import org.leavenotify.application.notification.port.in.MarkNotificationReadUseCase;
import org.leavenotify.application.notification.port.in.MarkNotificationUnreadUseCase;
import org.leavenotify.application.notification.port.in.UnreadCountQuery;
import org.leavenotify.application.notification.port.out.PushNotificationPort;
import org.leavenotify.domain.leave.LeaveBalance;
import org.leavenotify.domain.leave.LeaveRequestId;
import org.leavenotify.domain.leave.LeaveStatus;
import org.leavenotify.domain.leave.LeaveType;
import org.leavenotify.domain.leave.WorkingDays;
import org.leavenotify.domain.notification.InboxChange;
import org.leavenotify.domain.notification.Notification;
import org.leavenotify.domain.notification.NotificationId;
import org.leavenotify.domain.organisation.Employee;
import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.organisation.Role;
import org.leavenotify.domain.shared.DomainRefusal;

/**
 * Drives the use cases directly, over the in-memory adapters, with a clock that stands still. Devices
 * are in-memory inboxes that behave like the web client: they receive pushes while online, drop
 * duplicates by id, and catch up with {@code after} their newest id when they come back.
 */
public class InProcessLeaveSystem implements LeaveSystem, PushNotificationPort, SessionTerminationPort {

    private final InMemoryApplication app = new InMemoryApplication(null, null, this, this);
    private final Map<String, Device> devices = new LinkedHashMap<>();
    private final AuthenticationService authentication = app.authentication(new NotePasses());
    // The use cases by their incoming ports, as the REST and STOMP adapters reach them.
    private final SubmitLeaveRequestUseCase submitting = app.leave;
    private final ApproveLeaveRequestUseCase approving = app.leave;
    private final RejectLeaveRequestUseCase rejecting = app.leave;
    private final CancelLeaveRequestUseCase cancelling = app.leave;
    private final ViewLeaveRequestQuery viewing = app.queries;
    private final MyLeaveBalancesQuery balances = app.queries;
    private final TeamLeaveRequestsQuery teams = app.queries;
    private final ListNotificationsQuery listing = app.notificationService;
    private final UnreadCountQuery unread = app.notificationService;
    private final MarkNotificationReadUseCase markingRead = app.notificationService;
    private final MarkAllNotificationsReadUseCase markingAllRead = app.notificationService;
    private final MarkNotificationUnreadUseCase markingUnread = app.notificationService;
    private final ArchiveNotificationUseCase archiving = app.notificationService;
    private final CreateEmployeeUseCase hiring = app.administration;
    private final ImportEmployeesUseCase importing = app.administration;
    private final ChangeManagerUseCase moving = app.administration;
    private final DeactivateEmployeeUseCase lettingGo = app.administration;
    private final EmployeesQuery people = app.administration;
    private final AddPublicHolidayUseCase addingHolidays = app.holidays;
    private final RemovePublicHolidayUseCase removingHolidays = app.holidays;
    private final ChangeOwnPasswordUseCase changingPasswords = app.passwords;
    private final Map<Persona, String> passes = new HashMap<>();

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

    @Override
    public LocalDate today() {
        return LocalDate.ofInstant(app.clock.instant(), ZoneOffset.UTC);
    }

    @Override
    public String submit(Persona who, String leaveType, LocalDate start, LocalDate end) {
        return refusing(() -> submitting.submit(new SubmitLeaveRequestCommand(id(who), LeaveType.valueOf(leaveType),
                start, end, "Time off")).id().value());
    }

    @Override
    public void approve(Persona who, String requestId) {
        refusing(() -> approving.approve(new ApproveLeaveRequestCommand(id(who), new LeaveRequestId(requestId), null)));
    }

    @Override
    public void reject(Persona who, String requestId, String reason) {
        refusing(() -> rejecting.reject(new RejectLeaveRequestCommand(id(who), new LeaveRequestId(requestId), reason)));
    }

    @Override
    public void cancel(Persona who, String requestId) {
        refusing(() -> cancelling.cancel(new CancelLeaveRequestCommand(id(who), new LeaveRequestId(requestId), null)));
    }

    @Override
    public String statusOf(Persona owner, String requestId) {
        return refusing(() -> viewing.view(id(owner), new LeaveRequestId(requestId)).status().name());
    }

    @Override
    public BigDecimal annualLeaveLeft(Persona who, int year) {
        return balances.myBalances(id(who), year).stream().filter(b -> b.type() == LeaveType.ANNUAL)
                .map(LeaveBalance::remaining).findFirst().orElseThrow();
    }

    @Override
    public List<SeenNotification> notificationsOf(Persona who) {
        return listing.list(NotificationPageRequest.newest(id(who), 100)).items().stream()
                .map(InProcessLeaveSystem::seen).toList();
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
                .stream().map(InProcessLeaveSystem::seen).toList();
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
        listing.list(NotificationPageRequest.of(id(who), null, back.newestId, 100, false)).items()
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
    public void addEmployee(Persona hr, NewEmployee employee) {
        refusing(() -> hiring.create(new CreateEmployeeCommand(id(hr), employee.username(),
                employee.displayName(), roles(employee.roles()), idOrNull(employee.managerUsername()),
                WorkingDays.of(employee.annualDays()), employee.password())));
    }

    @Override
    public List<String> addFromList(Persona hr, List<NewEmployee> people) {
        List<EmployeeLine> lines = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            NewEmployee person = people.get(i);
            lines.add(new EmployeeLine(i + 1, person.username(), person.displayName(), String.join("|", person.roles()),
                    person.managerUsername() == null ? "" : person.managerUsername(),
                    Integer.toString(person.annualDays()), person.password()));
        }
        try {
            return importing.importEmployees(new ImportEmployeesCommand(id(hr), lines)).stream()
                    .map(Employee::username).toList();
        } catch (EmployeeImportRejected rejected) {
            throw new ListRefused(rejected.errors().stream().map(LineError::line).distinct().toList(),
                    rejected.getMessage());
        } catch (DomainRefusal refusal) {
            throw new Refused(Refusal.fromCode(refusal.code()), refusal.getMessage());
        }
    }

    @Override
    public void moveToTeam(Persona actor, Persona who, Persona manager) {
        refusing(() -> moving.changeManager(new ChangeManagerCommand(id(actor), id(who), id(manager))));
    }

    @Override
    public void deactivate(Persona hr, Persona who) {
        refusing(() -> lettingGo.deactivate(new DeactivateEmployeeCommand(id(hr), id(who))));
    }

    @Override
    public boolean exists(String username) {
        return app.directory.findByUsername(username).isPresent();
    }

    @Override
    public String managerOf(Persona who) {
        EmployeeId manager = people.employee(id(Persona.HANA), id(who)).employee()
                .managerId();
        return manager == null ? null : manager.value();
    }

    @Override
    public boolean canSignIn(Persona who, String password) {
        try {
            authentication.logIn(new LogInCommand(who.username(), password));
            return true;
        } catch (AuthenticationFailed refused) {
            return false;
        }
    }

    @Override
    public void signIn(Persona who) {
        passes.put(who, authentication.logIn(new LogInCommand(who.username(), who.password())).value());
    }

    @Override
    public boolean passStillAccepted(Persona who) {
        try {
            authentication.authenticate(passes.get(who));
            return true;
        } catch (AuthenticationFailed refused) {
            return false;
        }
    }

    @Override
    public void changeOwnPassword(Persona who, String currentPassword, String newPassword) {
        refusing(() -> {
            changingPasswords.changePassword(new ChangeOwnPasswordCommand(id(who), currentPassword, newPassword));
            return null;
        });
    }

    @Override
    public List<String> pendingTeamRequestsOf(Persona manager) {
        return teams.teamRequests(id(manager), Optional.of(LeaveStatus.PENDING)).stream()
                .map(request -> request.id().value()).toList();
    }

    @Override
    public BigDecimal workingDaysOf(Persona owner, String requestId) {
        return viewing.view(id(owner), new LeaveRequestId(requestId)).workingDays().asDecimal();
    }

    @Override
    public void declareHoliday(Persona hr, LocalDate date, String name) {
        refusing(() -> addingHolidays.addHoliday(new AddPublicHolidayCommand(id(hr), date, name)));
    }

    @Override
    public void removeHoliday(Persona hr, LocalDate date) {
        refusing(() -> removingHolidays.removeHoliday(new RemovePublicHolidayCommand(id(hr), date)));
    }

    @Override
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

    private static SeenNotification seen(Notification n) {
        return new SeenNotification(n.id().value(), n.type(), n.recipientId().value(), n.actor().id().value(),
                n.leaveRequestId() == null ? null : n.leaveRequestId().value(), n.title(), n.message(), n.isRead());
    }

    private static <T> T refusing(Supplier<T> action) {
        try {
            return action.get();
        } catch (DomainRefusal refusal) {
            throw new Refused(Refusal.fromCode(refusal.code()), refusal.getMessage());
        }
    }

    private static Set<Role> roles(List<String> names) {
        return names.stream().map(Role::valueOf).collect(Collectors.toSet());
    }

    private static EmployeeId idOrNull(String username) {
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

    private static EmployeeId id(Persona who) {
        return new EmployeeId(who.id());
    }

    private static String key(Persona who, String device) {
        return who.id() + "/" + device;
    }
}
