package org.leavenotify.adapter.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leavenotify.application.InMemoryApplication;
import org.leavenotify.application.demo.DemoOrganisation;
import org.leavenotify.application.leave.port.in.SubmitLeaveRequestUseCase.SubmitLeaveRequestCommand;
import org.leavenotify.application.mail.MailService;
import org.leavenotify.application.mail.MailState;
import org.leavenotify.domain.leave.LeaveType;

/**
 * The mail server goes away for a while: the e-mails due meanwhile wait, are tried again with growing waits,
 * and once the server is back each arrives exactly once.
 */
class MailServerOutageTest {

    private static final int PORT = 3925;
    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

    private GreenMail server;

    @AfterEach
    void stopTheServer() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void everyEmailDueWhileTheServerWasDownArrivesOnceWhenItIsBack() {
        InMemoryApplication app = new InMemoryApplication();
        MailService mail = app.mailService(new SmtpMailDelivery(SmtpMailDeliveryTest.sender(PORT), "leave@example.com", "leave-notify"), new MailAdapterConfiguration().mailAddresses(
                        new MailProperties("leave@example.com", "example.com", null, "leave-notify")));
        for (int week = 0; week < 4; week++) {
            app.leave.submit(new SubmitLeaveRequestCommand(DemoOrganisation.ALICE, LeaveType.ANNUAL,
                    MONDAY.plusWeeks(week), MONDAY.plusWeeks(week), null));
        }

        app.clock.advance(Duration.ofMinutes(10));
        mail.sendDue(10);
        app.clock.advance(Duration.ofMinutes(1));
        mail.sendDue(10);
        assertThat(app.mailIntents.count(MailState.PENDING)).as("waiting while the server is down").isEqualTo(4);

        server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        app.clock.advance(Duration.ofMinutes(2));
        mail.sendDue(10);
        app.clock.advance(Duration.ofHours(1));
        mail.sendDue(10);

        MimeMessage[] received = server.getReceivedMessages();
        assertThat(received).hasSize(4);
        assertThat(Arrays.stream(received).map(ReadBack::of).map(r -> r.messageId())).doesNotHaveDuplicates();
        assertThat(ReadBack.of(received[0]).to()).isEqualTo("bob@example.com");
        assertThat(app.mailIntents.count(MailState.SENT)).isEqualTo(4);
        assertThat(app.mailIntents.count(MailState.DEAD)).isZero();
    }
}
