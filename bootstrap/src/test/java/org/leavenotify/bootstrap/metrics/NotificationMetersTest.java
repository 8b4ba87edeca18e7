package org.leavenotify.bootstrap.metrics;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.leavenotify.adapter.memory.InMemoryNotificationStore;
import org.leavenotify.application.notification.port.out.NotificationStorePort;
import org.leavenotify.application.notification.port.out.PushNotificationPort;
import org.leavenotify.domain.leave.LeaveRequestId;
import org.leavenotify.domain.notification.Actor;
import org.leavenotify.domain.notification.InboxChange;
import org.leavenotify.domain.notification.Notification;
import org.leavenotify.domain.notification.NotificationDraft;
import org.leavenotify.domain.notification.NotificationId;
import org.leavenotify.domain.notification.NotificationType;
import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.shared.EventId;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The counting proxies around the notification store and the push port. */
class NotificationMetersTest {

    private static final Instant DECIDED = Instant.parse("2026-11-26T10:00:00Z");

    private final MeterRegistry meters = new SimpleMeterRegistry();
    private final Clock clock = Clock.fixed(DECIDED.plusMillis(250), ZoneOffset.UTC);
    private final NotificationMeters post;

    NotificationMetersTest() {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("meterRegistry", meters);
        beans.addBean("clock", clock);
        post = new NotificationMeters(beans.getBeanProvider(MeterRegistry.class), beans.getBeanProvider(Clock.class));
    }

    @Test
    void aNewNotificationCountsAsStoredAndTheSameOneStoredAgainAsDeduplicated() {
        NotificationStorePort store = (NotificationStorePort) post.postProcessAfterInitialization(
                new InMemoryNotificationStore(), "notificationStore");
        NotificationDraft draft = draft("ev-1");

        store.append(draft);
        store.append(draft);

        assertThat(meters.counter(NotificationMeters.STORED).count()).isEqualTo(1);
        assertThat(meters.counter(NotificationMeters.DEDUPLICATED).count()).isEqualTo(1);
        assertThat(store.countUnread(new EmployeeId("bob"))).as("other calls pass through").isEqualTo(1);
    }

    @Test
    void aPushCountsAsPushedWithItsLatencyFromTheLeaveAction() {
        PushNotificationPort push = (PushNotificationPort) post.postProcessAfterInitialization(new QuietPush(), "push");

        push.pushNotification(draft("ev-2").withId(new NotificationId("0000000000000000000000b1")));
        push.pushUnreadCount(new EmployeeId("bob"), 3);

        assertThat(meters.counter(NotificationMeters.PUSHED).count()).isEqualTo(1);
        assertThat(meters.timer(NotificationMeters.PUSH_LATENCY).count()).isEqualTo(1);
        assertThat(meters.timer(NotificationMeters.PUSH_LATENCY).max(TimeUnit.MILLISECONDS)).isEqualTo(250);
    }

    @Test
    void aPushThatFailsCountsAsAFailureAndStillFails() {
        PushNotificationPort push = (PushNotificationPort) post.postProcessAfterInitialization(new FailingPush(), "push");

        assertThatThrownBy(() -> push.pushNotification(draft("ev-3").withId(new NotificationId("0000000000000000000000c1"))))
                .isInstanceOf(IllegalStateException.class);

        assertThat(meters.counter(NotificationMeters.PUSH_FAILURES).count()).isEqualTo(1);
        assertThat(meters.counter(NotificationMeters.PUSHED).count()).isZero();
    }

    @Test
    void theProxyKeepsEveryOtherInterfaceOfTheAdapter() {
        Object wrapped = post.postProcessAfterInitialization(new PushAndMore(), "push");

        assertThat(wrapped).isInstanceOf(PushNotificationPort.class).isInstanceOf(Runnable.class);
    }

    private static NotificationDraft draft(String event) {
        return new NotificationDraft(new EventId(event), new EmployeeId("bob"), NotificationType.LEAVE_REQUEST_SUBMITTED,
                "Leave request", "Alice asks for a day", new LeaveRequestId("lr-1"),
                new Actor(new EmployeeId("alice"), "Alice Archer"), DECIDED);
    }

    private static class QuietPush implements PushNotificationPort {
        @Override
        public void pushNotification(Notification notification) {
        }

        @Override
        public void pushUnreadCount(EmployeeId recipient, long unreadCount) {
        }

        @Override
        public void pushChange(EmployeeId recipient, InboxChange change) {
        }
    }

    private static final class FailingPush extends QuietPush {
        @Override
        public void pushNotification(Notification notification) {
            throw new IllegalStateException("the broker is gone");
        }
    }

    private static final class PushAndMore extends QuietPush implements Runnable {
        @Override
        public void run() {
        }
    }

}
