package org.leavenotify.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.leavenotify.application.notification.Unsubscription;
import org.leavenotify.application.notification.port.out.UnsubscribeTokensPort;
import org.leavenotify.domain.notification.NotificationType;
import org.leavenotify.domain.organisation.EmployeeId;

/** What every {@link UnsubscribeTokensPort} must do: say what its own tokens allow, and refuse any other. */
public abstract class UnsubscribeTokensContract {

    private static final EmployeeId BOB = new EmployeeId("bob");

    /** The adapter under test. */
    protected abstract UnsubscribeTokensPort tokens();

    @Test
    void aTokenItIssuedSaysWhoAndWhichKind() {
        String token = tokens().issue(BOB, NotificationType.LEAVE_REQUEST_REMINDER);

        assertThat(tokens().verify(token)).contains(new Unsubscription(BOB, NotificationType.LEAVE_REQUEST_REMINDER));
        assertThat(token).matches("[A-Za-z0-9._~-]+").as("safe in a link without escaping");
    }

    @Test
    void anAlteredOrMadeUpTokenAllowsNothing() {
        String token = tokens().issue(BOB, NotificationType.LEAVE_REQUEST_REMINDER);
        char last = token.charAt(token.length() - 1);

        assertThat(tokens().verify(token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A'))).isEmpty();
        assertThat(tokens().verify("made-up")).isEmpty();
        assertThat(tokens().verify("")).isEmpty();
        assertThat(tokens().verify(null)).isEmpty();
    }
}
