package org.leavenotify.adapter.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.leavenotify.application.contract.MailDeliveryContract;
import org.leavenotify.application.mail.MailDeliveryFailed;
import org.leavenotify.application.mail.MailMessage;
import org.leavenotify.application.mail.port.out.MailDeliveryPort;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The SMTP adapter against a real SMTP server in the test JVM (GreenMail). */
class SmtpMailDeliveryTest extends MailDeliveryContract {

    @RegisterExtension
    static final GreenMailExtension SERVER = new GreenMailExtension(ServerSetupTest.SMTP);

    private final SmtpMailDelivery delivery = new SmtpMailDelivery(sender(ServerSetupTest.SMTP.getPort()),
            "Leave Notify <leave@example.com>", "leave-notify");

    static JavaMailSenderImpl sender(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
        sender.getJavaMailProperties().put("mail.smtp.timeout", "2000");
        return sender;
    }

    @Override
    protected MailDeliveryPort delivery() {
        return delivery;
    }

    @Override
    protected List<Delivered> delivered() {
        return Arrays.stream(SERVER.getReceivedMessages()).map(ReadBack::of).toList();
    }

    @Test
    void theServerSeesTheSenderAndTheMessagesOwnId() throws Exception {
        delivery.deliver(new MailMessage("email-bob-n9", "bob@example.com", "Bob Baker", "Subject", "text\n",
                "<p>html</p>", null));

        var received = SERVER.getReceivedMessages()[0];
        assertThat(received.getFrom()[0].toString()).isEqualTo("Leave Notify <leave@example.com>");
        assertThat(received.getMessageID()).isEqualTo("<email-bob-n9@leave-notify>");
        assertThat(received.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
    }

    @Test
    void aServerThatCannotBeReachedIsAFailureWorthTryingAgain() {
        SmtpMailDelivery nowhere = new SmtpMailDelivery(sender(ServerSetupTest.SMTP.getPort() + 7),
                "leave@example.com", "leave-notify");

        assertThatThrownBy(() -> nowhere.deliver(new MailMessage("email-bob-n8", "bob@example.com", "Bob Baker", "S",
                "t\n", "<p>h</p>", null)))
                .isInstanceOfSatisfying(MailDeliveryFailed.class, failed -> assertThat(failed.isPermanent()).isFalse());
    }
}
