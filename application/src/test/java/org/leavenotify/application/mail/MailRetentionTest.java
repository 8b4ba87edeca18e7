package org.leavenotify.application.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.leavenotify.application.InMemoryApplication;
import org.leavenotify.application.demo.DemoOrganisation;
import org.leavenotify.application.leave.port.in.SubmitLeaveRequestUseCase.SubmitLeaveRequestCommand;
import org.leavenotify.domain.leave.LeaveType;
import org.leavenotify.domain.shared.InvalidValue;

class MailRetentionTest {

    private final InMemoryApplication app = new InMemoryApplication();

    @Test
    void anEmailSentIsForgottenOnceKeptLongEnough() {
        app.leave.submit(new SubmitLeaveRequestCommand(DemoOrganisation.ALICE, LeaveType.ANNUAL,
                LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 7), null));
        app.clock.advance(Duration.ofMinutes(10));
        app.mail.sendDue(10);
        MailRetention retention = new MailRetention(app.mailIntents, app.clock, Duration.ofDays(30));

        app.clock.advance(Duration.ofDays(29));
        assertThat(retention.forgetSettled(100)).isZero();
        app.clock.advance(Duration.ofDays(2));
        assertThat(retention.forgetSettled(100)).isEqualTo(1);
        assertThat(app.mailIntents.count(MailState.SENT)).isZero();
    }

    @Test
    void lessThanADayIsRefused() {
        assertThatThrownBy(() -> new MailRetention(app.mailIntents, app.clock, Duration.ofHours(1)))
                .isInstanceOf(InvalidValue.class);
    }
}
