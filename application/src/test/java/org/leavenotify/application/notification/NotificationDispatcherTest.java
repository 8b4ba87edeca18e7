package org.leavenotify.application.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leavenotify.application.demo.DemoOrganisation.ALICE;
import static org.leavenotify.application.demo.DemoOrganisation.BOB;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.leavenotify.application.InMemoryApplication;
import org.leavenotify.adapter.memory.InMemoryLeaveRequestRepository;
import org.leavenotify.application.leave.port.in.ApproveLeaveRequestUseCase.ApproveLeaveRequestCommand;
import org.leavenotify.application.leave.port.in.SubmitLeaveRequestUseCase.SubmitLeaveRequestCommand;
import org.leavenotify.application.leave.port.out.LeaveRequestRepositoryPort;
import org.leavenotify.application.notification.port.out.PushNotificationPort;
import org.leavenotify.domain.leave.LeaveRequest;
import org.leavenotify.domain.leave.LeaveRequestId;
import org.leavenotify.domain.leave.LeaveType;
import org.leavenotify.domain.notification.Notification;
import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.shared.EventId;

class NotificationDispatcherTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

    @Test
    void aRecipientWhoIsOnlineGetsTheNotificationAndTheNewUnreadCount() {
        InMemoryApplication app = new InMemoryApplication();
        app.presence.connected(BOB);

        LeaveRequest request = submitAsAlice(app);

        assertThat(app.pushed.deliveredTo(BOB)).singleElement()
                .satisfies(pushed -> assertThat(pushed.leaveRequestId()).isEqualTo(request.id()));
        assertThat(app.pushed.lastUnreadCountOf(BOB)).isEqualTo(1);
    }

    @Test
    void aRecipientWhoIsOfflineHasTheNotificationStoredButNothingPushed() {
        InMemoryApplication app = new InMemoryApplication();

        submitAsAlice(app);

        assertThat(app.notifications.all()).hasSize(1);
        assertThat(app.pushed.deliveredTo(BOB)).isEmpty();
        assertThat(app.pushed.lastUnreadCountOf(BOB)).isEqualTo(-1);
    }

    @Test
    void aFailingPushLeavesTheNotificationStoredAndTheLeaveActionSucceeds() {
        PushNotificationPort failing = mock(PushNotificationPort.class);
        doThrow(new IllegalStateException("broker down")).when(failing).pushNotification(any());
        InMemoryApplication app = new InMemoryApplication(null, null, failing);
        app.presence.connected(BOB);

        LeaveRequest request = submitAsAlice(app);

        verify(failing).pushNotification(any());
        assertThat(app.notifications.all()).singleElement()
                .satisfies(stored -> assertThat(stored.leaveRequestId()).isEqualTo(request.id()));
        assertThat(app.requests.findById(request.id()).orElseThrow().undispatchedEvents()).isEmpty();
    }

    @Test
    void dispatchingTheSameOutboxTwiceCreatesEachNotificationOnce() {
        ForgetfulRepository forgetful = new ForgetfulRepository();
        InMemoryApplication app = new InMemoryApplication(forgetful, null, null);
        app.presence.connected(BOB);

        LeaveRequest request = submitAsAlice(app);
        app.dispatcher.dispatch(request.id());
        app.dispatcher.dispatchPending(10);

        assertThat(app.notifications.all()).hasSize(1);
        assertThat(app.pushed.deliveredTo(BOB)).hasSize(3).extracting(Notification::id).containsOnly(
                app.notifications.all().get(0).id());
    }

    @Test
    void anEventLeftInTheOutboxByACrashIsDispatchedByTheSweep() {
        BrokenDispatchRepository repository = new BrokenDispatchRepository();
        InMemoryApplication app = new InMemoryApplication(repository, null, null);

        LeaveRequest request = submitAsAlice(app);
        assertThat(app.notifications.all()).isEmpty();
        repository.crashing = false;
        app.presence.connected(BOB);

        assertThat(app.dispatcher.dispatchPending(10)).isEqualTo(1);

        assertThat(app.notifications.all()).singleElement()
                .satisfies(stored -> assertThat(stored.leaveRequestId()).isEqualTo(request.id()));
        assertThat(app.pushed.deliveredTo(BOB)).hasSize(1);
        assertThat(app.dispatcher.dispatchPending(10)).isZero();
    }

    @Test
    void notificationsOfOneRecipientAreStoredInIdOrder() {
        InMemoryApplication app = new InMemoryApplication();

        LeaveRequest request = submitAsAlice(app);
        app.leave.approve(new ApproveLeaveRequestCommand(BOB, request.id(), null));
        app.leave.submit(new SubmitLeaveRequestCommand(ALICE, LeaveType.UNPAID, MONDAY.plusDays(7), MONDAY.plusDays(7), null));

        List<Notification> bobs = app.notifications.all().stream()
                .filter(notification -> notification.recipientId().equals(BOB)).toList();
        assertThat(bobs).extracting(Notification::createdAt).isSorted();
        assertThat(bobs).extracting(Notification::id).isSorted();
    }

    private static LeaveRequest submitAsAlice(InMemoryApplication app) {
        return app.leave.submit(new SubmitLeaveRequestCommand(ALICE, LeaveType.ANNUAL, MONDAY, MONDAY.plusDays(2), null));
    }

    /** A store whose markDispatched is lost, as if the process died right after storing notifications. */
    private static final class ForgetfulRepository extends DelegatingRepository {
        @Override
        public void markDispatched(LeaveRequestId id, Set<EventId> eventIds) {
        }
    }

    /** A store that fails while dispatching, as if the process died before any notification was stored. */
    private static final class BrokenDispatchRepository extends DelegatingRepository {
        volatile boolean crashing = true;
        private int reads;

        @Override
        public Optional<LeaveRequest> findById(LeaveRequestId id) {
            if (crashing && reads++ >= 0) {
                throw new IllegalStateException("process died");
            }
            return super.findById(id);
        }
    }

    private static class DelegatingRepository implements LeaveRequestRepositoryPort {
        private final InMemoryLeaveRequestRepository delegate = new InMemoryLeaveRequestRepository();

        @Override
        public LeaveRequest save(LeaveRequest request) {
            return delegate.save(request);
        }

        @Override
        public Optional<LeaveRequest> findById(LeaveRequestId id) {
            return delegate.findById(id);
        }

        @Override
        public List<LeaveRequest> findByIds(Collection<LeaveRequestId> ids) {
            return delegate.findByIds(ids);
        }

        @Override
        public List<LeaveRequest> findByEmployees(Collection<EmployeeId> employees) {
            return delegate.findByEmployees(employees);
        }

        @Override
        public List<LeaveRequestId> findWithUndispatchedEvents(int limit) {
            return delegate.findWithUndispatchedEvents(limit);
        }

        @Override
        public void markDispatched(LeaveRequestId id, Set<EventId> eventIds) {
            delegate.markDispatched(id, eventIds);
        }
    }
}
