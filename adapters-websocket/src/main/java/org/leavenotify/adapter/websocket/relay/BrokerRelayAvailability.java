package org.leavenotify.adapter.websocket.relay;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.messaging.simp.broker.BrokerAvailabilityEvent;

/**
 * Whether the relay's system connection to RabbitMQ is up, from Spring's {@link BrokerAvailabilityEvent}s,
 * and since when. While it is down the node keeps serving REST and storing notifications; pushes fail
 * (and are logged), STOMP clients are disconnected with an ERROR and may reconnect once it is back, then
 * catch up. Spring reconnects every 5 seconds by itself.
 */
public final class BrokerRelayAvailability implements ApplicationListener<BrokerAvailabilityEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(BrokerRelayAvailability.class);

    /** One consistent reading: whether the relay is available and since when. */
    public record State(boolean available, Instant since) {
    }

    private final Clock clock;
    private volatile State state;

    BrokerRelayAvailability(Clock clock) {
        this.clock = clock;
        this.state = new State(false, clock.instant());
    }

    @Override
    public void onApplicationEvent(BrokerAvailabilityEvent event) {
        if (event.isBrokerAvailable() == state.available()) {
            return;
        }
        state = new State(event.isBrokerAvailable(), clock.instant());
        if (event.isBrokerAvailable()) {
            LOG.info("STOMP broker relay connected to RabbitMQ: pushes flow");
        } else {
            LOG.warn("STOMP broker relay lost RabbitMQ: notifications are stored but not pushed, STOMP clients"
                    + " are disconnected; reconnecting every 5 s");
        }
    }

    public State state() {
        return state;
    }
}
