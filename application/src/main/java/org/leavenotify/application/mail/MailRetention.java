package org.leavenotify.application.mail;

import java.time.Clock;
import java.time.Duration;

import org.leavenotify.application.mail.port.in.ForgetSettledMailsUseCase;
import org.leavenotify.application.mail.port.out.MailIntentsPort;
import org.leavenotify.domain.shared.InvalidValue;

/**
 * Forgets the e-mails sent or skipped more than {@code keep} ago (by this node's clock), so that the store of
 * e-mails grows with the e-mails of the last weeks, not with every notification ever sent. Pending ones stay,
 * and so do dead-lettered ones until an operator removes them.
 */
public final class MailRetention implements ForgetSettledMailsUseCase {

    private final MailIntentsPort intents;
    private final Clock clock;
    private final Duration keep;

    public MailRetention(MailIntentsPort intents, Clock clock, Duration keep) {
        if (keep == null || keep.compareTo(Duration.ofDays(1)) < 0) {
            throw new InvalidValue("sent e-mails must be kept at least one day, not " + keep);
        }
        this.intents = intents;
        this.clock = clock;
        this.keep = keep;
    }

    @Override
    public int forgetSettled(int limit) {
        return intents.removeSettledBefore(clock.instant().minus(keep), limit);
    }
}
