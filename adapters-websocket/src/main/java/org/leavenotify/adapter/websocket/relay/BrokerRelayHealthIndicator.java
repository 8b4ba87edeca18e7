package org.leavenotify.adapter.websocket.relay;

import java.util.List;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * The broker relay's health ({@code brokerRelay}): UP while its system connection to RabbitMQ is
 * established, DOWN otherwise, with since when. Not part of readiness: a node without its relay still
 * serves REST and stores every notification (docs/scale-out.md).
 */
final class BrokerRelayHealthIndicator extends AbstractHealthIndicator {

    private final BrokerRelayAvailability availability;
    private final List<String> hosts;

    BrokerRelayHealthIndicator(BrokerRelayAvailability availability, List<String> hosts) {
        this.availability = availability;
        this.hosts = hosts;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        BrokerRelayAvailability.State state = availability.state();
        (state.available() ? builder.up() : builder.down())
                .withDetail("hosts", hosts)
                .withDetail("since", state.since().toString());
    }
}
