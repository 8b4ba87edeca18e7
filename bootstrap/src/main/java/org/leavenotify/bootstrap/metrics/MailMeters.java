package org.leavenotify.bootstrap.metrics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.leavenotify.application.mail.MailDeliveryFailed;
import org.leavenotify.application.mail.MailMessage;
import org.leavenotify.application.mail.MailState;
import org.leavenotify.application.mail.port.out.MailDeliveryPort;
import org.leavenotify.application.mail.port.out.MailIntentsPort;

/**
 * The e-mail channel's metrics: {@code leavenotify.mail.deliveries} counts what the mail server did with each
 * e-mail handed to it ({@code outcome}: {@code sent}, {@code delayed} when it could not take it now and it will
 * be tried again, {@code refused} when it refused it for good), and {@code leavenotify.mail.intents} shows how
 * many e-mails wait ({@code state=PENDING}) and how many are dead-lettered ({@code state=DEAD}, an operator
 * should look), read from the store at most every {@link #READ_EVERY}.
 */
final class MailMeters {

    static final String DELIVERIES = "leavenotify.mail.deliveries";
    static final String INTENTS = "leavenotify.mail.intents";
    static final Duration READ_EVERY = Duration.ofSeconds(30);

    private MailMeters() {
    }

    /** The delivery port, counting each outcome. */
    static MailDeliveryPort counting(MailDeliveryPort delivery, MeterRegistry registry) {
        Counter sent = outcome(registry, "sent");
        Counter delayed = outcome(registry, "delayed");
        Counter refused = outcome(registry, "refused");
        return new MailDeliveryPort() {
            @Override
            public void deliver(MailMessage message) {
                try {
                    delivery.deliver(message);
                    sent.increment();
                } catch (MailDeliveryFailed failed) {
                    (failed.isPermanent() ? refused : delayed).increment();
                    throw failed;
                }
            }
        };
    }

    private static Counter outcome(MeterRegistry registry, String outcome) {
        return Counter.builder(DELIVERIES).tag("outcome", outcome)
                .description("E-mails handed to the mail server, by what it did with them").register(registry);
    }

    /** Gauges of the e-mails waiting and dead-lettered. */
    static void registerIntentGauges(MailIntentsPort intents, Clock clock, MeterRegistry registry) {
        Counts counts = new Counts(intents, clock);
        for (MailState state : new MailState[] {MailState.PENDING, MailState.DEAD}) {
            Gauge.builder(INTENTS, counts, c -> c.of(state)).tag("state", state.name())
                    .description("E-mails waiting to be sent (PENDING) or dead-lettered (DEAD), last reading")
                    .register(registry);
        }
    }

    /** Counts read from the store at most every {@link #READ_EVERY}; a failed reading keeps the last one. */
    private static final class Counts {

        private final MailIntentsPort intents;
        private final Clock clock;
        private final Map<MailState, Double> last = new EnumMap<>(MailState.class);
        private Instant readAt = Instant.MIN;

        Counts(MailIntentsPort intents, Clock clock) {
            this.intents = intents;
            this.clock = clock;
        }

        synchronized double of(MailState state) {
            Instant now = clock.instant();
            if (readAt.plus(READ_EVERY).isBefore(now)) {
                readAt = now;
                try {
                    last.put(MailState.PENDING, (double) intents.count(MailState.PENDING));
                    last.put(MailState.DEAD, (double) intents.count(MailState.DEAD));
                } catch (RuntimeException storeDown) {
                    // keeps the last reading
                }
            }
            return last.getOrDefault(state, 0.0);
        }
    }
}
