package org.leavenotify.application.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leavenotify.application.demo.DemoOrganisation.BOB;
import static org.leavenotify.application.demo.DemoOrganisation.CAROL;
import static org.leavenotify.application.demo.DemoOrganisation.HANA;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.leavenotify.application.InMemoryApplication;
import org.leavenotify.application.administration.port.in.ChangeManagerUseCase.ChangeManagerCommand;
import org.leavenotify.application.administration.port.in.CreateEmployeeUseCase.CreateEmployeeCommand;
import org.leavenotify.adapter.memory.InMemoryNotificationStore;
import org.leavenotify.application.leave.port.in.SubmitLeaveRequestUseCase.SubmitLeaveRequestCommand;
import org.leavenotify.application.notification.NotificationPageRequest;
import org.leavenotify.application.notification.port.out.NotificationStorePort;
import org.leavenotify.application.shared.StoreUnavailable;
import org.leavenotify.domain.leave.LeaveRequest;
import org.leavenotify.domain.leave.LeaveType;
import org.leavenotify.domain.leave.WorkingDays;
import org.leavenotify.domain.notification.Notification;
import org.leavenotify.domain.notification.NotificationDraft;
import org.leavenotify.domain.notification.NotificationId;
import org.leavenotify.domain.notification.NotificationType;
import org.leavenotify.domain.organisation.Employee;
import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.organisation.ManagerChanged;
import org.leavenotify.domain.organisation.Role;
import org.leavenotify.domain.shared.EventId;

/**
 * A move of an employee is saved with its event in one write; what follows (requests moving, people
 * told) is completed from the outbox, again and again if need be, and never twice.
 */
class OrganisationChangeRecoveryTest {

    private static final EmployeeId DAN = new EmployeeId("dan");
    private static final EmployeeId ERIN = new EmployeeId("erin");
    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

    private final AtomicBoolean notificationStoreDown = new AtomicBoolean();
    private final InMemoryNotificationStore notifications = new InMemoryNotificationStore();
    private final InMemoryApplication app = new InMemoryApplication(null, new FailingWhenDown(), null);

    OrganisationChangeRecoveryTest() {
        for (String username : List.of("dan", "erin")) {
            app.administration.create(new CreateEmployeeCommand(HANA, username, username.toUpperCase(),
                    Set.of(Role.MANAGER), BOB, WorkingDays.of(25), null));
        }
    }

    private LeaveRequest carolsPendingRequest() {
        return app.leave.submit(new SubmitLeaveRequestCommand(CAROL, LeaveType.ANNUAL, MONDAY, MONDAY, null));
    }

    /** What the use case saves, as if the process stopped right after the save. */
    private void savedButNotCompleted(EmployeeId from, EmployeeId to) {
        Employee carol = app.directory.findById(CAROL).orElseThrow();
        app.directory.saveWithEvents(carol.withManager(to), List.of(new ManagerChanged(new EventId(app.ids.nextId()),
                CAROL, from, to, HANA, app.clock.instant())));
    }

    private List<Notification> notificationsOf(EmployeeId who, NotificationType type) {
        return notifications.findPage(NotificationPageRequest.newest(who, 100)).stream()
                .filter(n -> n.type() == type).toList();
    }

    @Test
    void aMoveWhoseConsequencesFailedIsStillSavedAndTheSweepCompletesIt() {
        LeaveRequest request = carolsPendingRequest();
        notificationStoreDown.set(true);

        app.administration.changeManager(new ChangeManagerCommand(HANA, CAROL, DAN));

        assertThat(app.directory.findById(CAROL).orElseThrow().managerId()).isEqualTo(DAN);
        assertThat(app.directory.undispatchedEvents(CAROL)).hasSize(1);
        assertThat(notificationsOf(CAROL, NotificationType.MANAGER_CHANGED)).isEmpty();

        notificationStoreDown.set(false);
        assertThat(app.organisationChanges.completePending(10)).isEqualTo(1);
        app.dispatcher.dispatchPending(10);

        assertThat(app.directory.undispatchedEvents(CAROL)).isEmpty();
        assertThat(app.requests.findById(request.id()).orElseThrow().approverId()).isEqualTo(DAN);
        for (EmployeeId told : List.of(CAROL, BOB, DAN)) {
            assertThat(notificationsOf(told, NotificationType.MANAGER_CHANGED)).as("told %s", told).hasSize(1);
        }
        assertThat(notificationsOf(DAN, NotificationType.LEAVE_REQUEST_REASSIGNED)).hasSize(1);
    }

    @Test
    void aMoveSavedJustBeforeACrashIsCompletedByTheSweep() {
        LeaveRequest request = carolsPendingRequest();
        savedButNotCompleted(BOB, DAN);

        app.organisationChanges.completePending(10);

        assertThat(app.requests.findById(request.id()).orElseThrow().approverId()).isEqualTo(DAN);
        assertThat(notificationsOf(DAN, NotificationType.LEAVE_REQUEST_REASSIGNED)).hasSize(1);
        assertThat(notificationsOf(CAROL, NotificationType.MANAGER_CHANGED)).hasSize(1);
        assertThat(app.directory.undispatchedEvents(CAROL)).isEmpty();
    }

    @Test
    void completingTheSameChangeAgainStoresNothingTwiceAndMovesNothingTwice() {
        LeaveRequest request = carolsPendingRequest();
        savedButNotCompleted(BOB, DAN);
        List<?> event = app.directory.undispatchedEvents(CAROL);
        app.organisationChanges.complete(CAROL);
        long version = app.requests.findById(request.id()).orElseThrow().version();

        // as if the process had stopped before removing the event from the outbox
        app.directory.saveWithEvents(app.directory.findById(CAROL).orElseThrow(), List.of((ManagerChanged) event.get(0)));
        app.organisationChanges.complete(CAROL);
        app.organisationChanges.completePending(10);

        assertThat(app.requests.findById(request.id()).orElseThrow().version()).isEqualTo(version);
        for (EmployeeId told : List.of(CAROL, BOB, DAN)) {
            assertThat(notificationsOf(told, NotificationType.MANAGER_CHANGED)).as("told %s", told).hasSize(1);
        }
        assertThat(notificationsOf(DAN, NotificationType.LEAVE_REQUEST_REASSIGNED)).hasSize(1);
    }

    @Test
    void anEarlierMoveCompletedLateNeverUndoesALaterOne() {
        LeaveRequest request = carolsPendingRequest();
        savedButNotCompleted(BOB, DAN);
        savedButNotCompleted(DAN, ERIN);

        app.organisationChanges.completePending(10);

        assertThat(app.requests.findById(request.id()).orElseThrow().approverId()).isEqualTo(ERIN);
        assertThat(notificationsOf(DAN, NotificationType.LEAVE_REQUEST_REASSIGNED)).isEmpty();
        assertThat(notificationsOf(ERIN, NotificationType.LEAVE_REQUEST_REASSIGNED)).hasSize(1);
        assertThat(notificationsOf(CAROL, NotificationType.MANAGER_CHANGED)).hasSize(2);
        assertThat(app.directory.undispatchedEvents(CAROL)).isEmpty();
    }

    /** The in-memory notification store, refusing every write while it is "down". */
    private final class FailingWhenDown implements NotificationStorePort {

        @Override
        public Appended append(NotificationDraft draft) {
            if (notificationStoreDown.get()) {
                throw new StoreUnavailable("down", null);
            }
            return notifications.append(draft);
        }

        @Override
        public Optional<Notification> findById(EmployeeId recipient, NotificationId id) {
            return notifications.findById(recipient, id);
        }

        @Override
        public List<Notification> findPage(NotificationPageRequest request) {
            return notifications.findPage(request);
        }

        @Override
        public long countUnread(EmployeeId recipient) {
            return notifications.countUnread(recipient);
        }

        @Override
        public boolean markRead(EmployeeId recipient, NotificationId id, Instant at) {
            return notifications.markRead(recipient, id, at);
        }

        @Override
        public long markAllRead(EmployeeId recipient, Instant at) {
            return notifications.markAllRead(recipient, at);
        }

        @Override
        public boolean markUnread(EmployeeId recipient, NotificationId id) {
            return notifications.markUnread(recipient, id);
        }

        @Override
        public boolean archive(EmployeeId recipient, NotificationId id, Instant at) {
            return notifications.archive(recipient, id, at);
        }

        @Override
        public boolean unarchive(EmployeeId recipient, NotificationId id) {
            return notifications.unarchive(recipient, id);
        }

        @Override
        public long removeReadCreatedBefore(Instant cutoff, int limit) {
            return notifications.removeReadCreatedBefore(cutoff, limit);
        }
    }
}
