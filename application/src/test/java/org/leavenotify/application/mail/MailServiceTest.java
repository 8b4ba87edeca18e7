package org.leavenotify.application.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.leavenotify.application.demo.DemoOrganisation.ALICE;
import static org.leavenotify.application.demo.DemoOrganisation.BOB;
import static org.leavenotify.application.demo.DemoOrganisation.CAROL;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.leavenotify.application.InMemoryApplication;
import org.leavenotify.adapter.memory.InMemoryMailIntents;
import org.leavenotify.application.leave.port.in.ApproveLeaveRequestUseCase.ApproveLeaveRequestCommand;
import org.leavenotify.application.leave.port.in.SubmitLeaveRequestUseCase.SubmitLeaveRequestCommand;
import org.leavenotify.application.mail.port.out.MailDeliveryPort;
import org.leavenotify.application.notification.NotificationPageRequest;
import org.leavenotify.application.notification.UnsubscribeLinkInvalid;
import org.leavenotify.application.notification.Unsubscription;
import org.leavenotify.domain.leave.LeaveRequest;
import org.leavenotify.domain.leave.LeaveType;
import org.leavenotify.domain.notification.Notification;
import org.leavenotify.domain.notification.NotificationPreferences;
import org.leavenotify.domain.notification.NotificationType;

/**
 * Notifications that become e-mails, over the in-memory stores: ten minutes after it was stored, a
 * notification still unread is e-mailed once; one read meanwhile is not; a mail server that is down delays
 * the e-mail and loses none.
 */
class MailServiceTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

    private final InMemoryApplication app = new InMemoryApplication();

    @Test
    void aNotificationStillUnreadAfterTheDelayIsEmailedOnceWithALinkToTheRequest() {
        LeaveRequest request = submit();

        app.clock.advance(Duration.ofMinutes(9));
        assertThat(app.mail.sendDue(10)).isZero();
        app.clock.advance(Duration.ofMinutes(1));
        assertThat(app.mail.sendDue(10)).isEqualTo(1);
        assertThat(app.mail.sendDue(10)).isZero();

        assertThat(app.mailbox.delivered()).singleElement().satisfies(mail -> {
            assertThat(mail.to()).isEqualTo("bob@example.com");
            assertThat(mail.toName()).isEqualTo("Bob Baker");
            assertThat(mail.subject()).isEqualTo("New leave request from Alice Archer");
            assertThat(mail.text()).startsWith("Hello Bob Baker,\n\nAlice Archer asks for annual leave")
                    .contains("Open the request: https://leave.example.com/requests/" + request.id().value());
            assertThat(mail.html()).contains("<a href=\"https://leave.example.com/requests/" + request.id().value()
                    + "\">Open the request</a>");
            assertThat(mail.messageId()).isEqualTo(MailIntent.idFor(BOB, newestOf(app, BOB).id()));
        });
        assertThat(app.mailIntents.count(MailState.SENT)).isEqualTo(1);
    }

    @Test
    void aNotificationReadInTheBrowserMeanwhileIsNotEmailed() {
        submit();
        app.notificationService.markRead(BOB, newestOf(app, BOB).id());

        app.clock.advance(Duration.ofMinutes(10));
        app.mail.sendDue(10);

        assertThat(app.mailbox.delivered()).isEmpty();
        assertThat(app.mailIntents.findById(MailIntent.idFor(BOB, newestOf(app, BOB).id()))).get()
                .satisfies(intent -> {
                    assertThat(intent.state()).isEqualTo(MailState.SKIPPED);
                    assertThat(intent.outcome()).isEqualTo("read in the app");
                });
    }

    @Test
    void whatPeopleWroteIsEscapedInTheHtmlPart() {
        app.leave.submit(new SubmitLeaveRequestCommand(CAROL, LeaveType.ANNUAL, MONDAY, MONDAY,
                "<script>alert('x')</script> & more"));

        app.clock.advance(Duration.ofMinutes(10));
        app.mail.sendDue(10);

        assertThat(app.mailbox.delivered()).singleElement().satisfies(mail -> {
            assertThat(mail.html()).doesNotContain("<script>").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more");
            assertThat(mail.text()).contains("<script>alert('x')</script> & more");
        });
    }

    @Test
    void aMailServerThatIsDownDelaysTheEmailWithGrowingWaitsAndLosesNone() {
        FlakyServer server = new FlakyServer(3);
        MailService mail = app.mailService(server, employee -> Optional.of(employee.username() + "@example.com"));
        submit();
        app.clock.advance(Duration.ofMinutes(10));

        assertThat(mail.sendDue(10)).isEqualTo(1);
        app.clock.advance(Duration.ofSeconds(59));
        assertThat(mail.sendDue(10)).as("a minute after the first failure").isZero();
        app.clock.advance(Duration.ofSeconds(1));
        mail.sendDue(10);
        app.clock.advance(Duration.ofMinutes(1));
        assertThat(mail.sendDue(10)).as("two minutes after the second").isZero();
        app.clock.advance(Duration.ofMinutes(1));
        mail.sendDue(10);
        app.clock.advance(Duration.ofMinutes(4));
        mail.sendDue(10);
        app.clock.advance(Duration.ofHours(1));
        mail.sendDue(10);

        assertThat(server.attempts).isEqualTo(4);
        assertThat(server.taken).singleElement().extracting(MailMessage::to).isEqualTo("bob@example.com");
        assertThat(app.mailIntents.count(MailState.SENT)).isEqualTo(1);
    }

    @Test
    void aRefusalForGoodOrTooManyFailuresDeadLettersTheEmail() {
        MailDeliveryPort refusing = message -> {
            throw new MailDeliveryFailed("550 5.1.1 no such user", true, null);
        };
        MailService mail = app.mailService(refusing, employee -> Optional.of(employee.username() + "@example.com"));
        submit();
        app.clock.advance(Duration.ofMinutes(10));
        mail.sendDue(10);
        assertThat(app.mailIntents.count(MailState.DEAD)).isEqualTo(1);

        FlakyServer down = new FlakyServer(Integer.MAX_VALUE);
        InMemoryApplication other = new InMemoryApplication();
        MailService keepsFailing = other.mailService(down, employee -> Optional.of(employee.username() + "@example.com"));
        other.leave.submit(new SubmitLeaveRequestCommand(ALICE, LeaveType.ANNUAL, MONDAY, MONDAY, null));
        for (int i = 0; i < 10; i++) {
            other.clock.advance(Duration.ofHours(1));
            keepsFailing.sendDue(10);
        }
        assertThat(down.attempts).isEqualTo(other.mailRules.maxAttempts());
        assertThat(other.mailIntents.count(MailState.DEAD)).isEqualTo(1);
    }

    @Test
    void theLinkInTheEmailTurnsOffThatKindOfEmailOnlyWithoutLoggingIn() {
        submit();
        app.clock.advance(Duration.ofMinutes(10));
        app.mail.sendDue(10);
        MailMessage first = app.mailbox.delivered().get(0);
        assertThat(first.unsubscribeUrl()).startsWith("https://leave.example.com/api/unsubscribe?token=");
        assertThat(first.text()).contains("No more e-mails like this one: " + first.unsubscribeUrl());

        Unsubscription done = app.preferences.unsubscribe(first.unsubscribeUrl().substring(
                first.unsubscribeUrl().indexOf("token=") + "token=".length()));

        assertThat(done).isEqualTo(new Unsubscription(BOB, NotificationType.LEAVE_REQUEST_SUBMITTED));
        assertThat(app.preferences.preferencesOf(BOB).noEmail()).containsExactly(NotificationType.LEAVE_REQUEST_SUBMITTED);
        app.leave.submit(new SubmitLeaveRequestCommand(CAROL, LeaveType.ANNUAL, MONDAY.plusWeeks(2),
                MONDAY.plusWeeks(2), null));
        LeaveRequest alices = app.leave.submit(new SubmitLeaveRequestCommand(ALICE, LeaveType.ANNUAL,
                MONDAY.plusWeeks(3), MONDAY.plusWeeks(3), null));
        app.leave.approve(new ApproveLeaveRequestCommand(BOB, alices.id(), null));
        app.clock.advance(Duration.ofMinutes(10));
        app.mail.sendDue(10);

        assertThat(app.mailbox.delivered()).extracting(MailMessage::to)
                .containsExactly("bob@example.com", "alice@example.com");
        assertThat(app.mailIntents.count(MailState.SKIPPED)).isEqualTo(2);
    }

    @Test
    void aLinkThatIsNotOursChangesNothing() {
        assertThatThrownBy(() -> app.preferences.unsubscribe("forged")).isInstanceOf(UnsubscribeLinkInvalid.class);
        assertThat(app.preferences.preferencesOf(BOB)).isEqualTo(NotificationPreferences.DEFAULT);
    }

    @Test
    void someoneWithoutAnAddressOrNoLongerActiveGetsNoEmail() {
        MailService noAddresses = app.mailService(app.mailbox, employee -> Optional.empty());
        submit();
        app.clock.advance(Duration.ofMinutes(10));
        noAddresses.sendDue(10);

        assertThat(app.mailbox.delivered()).isEmpty();
        assertThat(app.mailIntents.count(MailState.SKIPPED)).isEqualTo(1);
    }

    @Test
    void twoSendersAtOnceSendEachEmailOnce() {
        for (int week = 0; week < 5; week++) {
            app.leave.submit(new SubmitLeaveRequestCommand(ALICE, LeaveType.ANNUAL, MONDAY.plusWeeks(week),
                    MONDAY.plusWeeks(week), null));
        }
        app.clock.advance(Duration.ofMinutes(10));
        MailService otherNode = app.mailService(app.mailbox, employee -> Optional.of(employee.username() + "@example.com"));

        List<Thread> senders = List.of(new Thread(() -> app.mail.sendDue(10)), new Thread(() -> otherNode.sendDue(10)));
        senders.forEach(Thread::start);
        senders.forEach(MailServiceTest::join);

        assertThat(app.mailbox.delivered()).hasSize(5).extracting(MailMessage::messageId).doesNotHaveDuplicates();
    }

    @Test
    void aDispatchRunAgainSchedulesNothingTwice() {
        InMemoryMailIntents intents = app.mailIntents;
        LeaveRequest request = submit();
        app.leave.approve(new ApproveLeaveRequestCommand(BOB, request.id(), null));
        Notification approved = newestOf(app, ALICE);

        app.mailScheduler.stored(approved);
        app.mailScheduler.stored(approved);

        assertThat(intents.count(MailState.PENDING)).isEqualTo(2);
    }

    private LeaveRequest submit() {
        return app.leave.submit(new SubmitLeaveRequestCommand(ALICE, LeaveType.ANNUAL, MONDAY, MONDAY.plusDays(1),
                null));
    }

    private static Notification newestOf(InMemoryApplication app, org.leavenotify.domain.organisation.EmployeeId who) {
        return app.notificationService.list(NotificationPageRequest.newest(who, 1)).items().get(0);
    }

    private static void join(Thread thread) {
        try {
            thread.join(60_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A mail server that is down for its first {@code failures} attempts. */
    private static final class FlakyServer implements MailDeliveryPort {

        final List<MailMessage> taken = new ArrayList<>();
        final int failures;
        int attempts;

        FlakyServer(int failures) {
            this.failures = failures;
        }

        @Override
        public synchronized void deliver(MailMessage message) {
            attempts++;
            if (attempts <= failures) {
                throw new MailDeliveryFailed("connection refused", false, null);
            }
            taken.add(message);
        }
    }
}
