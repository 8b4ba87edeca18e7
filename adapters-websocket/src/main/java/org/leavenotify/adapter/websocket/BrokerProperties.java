package org.leavenotify.adapter.websocket;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which message broker serves the STOMP destinations, under {@code leavenotify.broker.*}
 * (docs/scale-out.md). The client contract is the same in both modes.
 *
 * @param mode  {@code simple}: Spring's in-process broker, one node; {@code relay}: every node relays to
 *              a RabbitMQ (STOMP plugin), so several nodes serve the same users and presence is
 *              cluster-wide
 * @param relay where the relay connects, used in relay mode only
 */
@ConfigurationProperties(prefix = "leavenotify.broker")
public record BrokerProperties(@DefaultValue("simple") Mode mode, @DefaultValue Relay relay) {

    public static final String MODE_PROPERTY = "leavenotify.broker.mode";

    public enum Mode {
        SIMPLE, RELAY
    }

    public boolean isRelay() {
        return mode == Mode.RELAY;
    }

    /**
     * @param hosts                    the RabbitMQ nodes' STOMP listeners, {@code host:port}; every (re)connection
     *                                 takes the next one, so a cluster's nodes are used in turn and a node that is
     *                                 down is skipped at the next attempt (Spring retries every 5 s)
     * @param login                    the RabbitMQ user of the relay's connections (the system connection and one per
     *                                 client session)
     * @param passcode                 its password
     * @param virtualHost              the RabbitMQ virtual host ({@code /} by default; it must be set, or RabbitMQ
     *                                 takes the relay host's name for one)
     * @param systemHeartbeat          heart-beats between the relay's system connection and the broker, each way
     * @param userRegistryBroadcast    the topic on which each node publishes its users and sessions (presence on
     *                                 every node)
     * @param userDestinationBroadcast the topic on which a node publishes a message for a user it does not see,
     *                                 for the node that has the user's session
     * @param userRegistryExpiration   how long a node trusts another node's last published sessions; each node
     *                                 publishes its own every half of this period, which bounds how late another
     *                                 node's sessions show in presence
     */
    public record Relay(@DefaultValue("127.0.0.1:61613") List<String> hosts,
                        @DefaultValue("guest") String login,
                        @DefaultValue("guest") String passcode,
                        @DefaultValue("/") String virtualHost,
                        @DefaultValue("10s") Duration systemHeartbeat,
                        @DefaultValue("/topic/leavenotify.user-registry") String userRegistryBroadcast,
                        @DefaultValue("/topic/leavenotify.unresolved-user") String userDestinationBroadcast,
                        @DefaultValue("20s") Duration userRegistryExpiration) {

        public Relay {
            hosts = hosts == null ? List.of()
                    : hosts.stream().map(String::strip).filter(host -> !host.isEmpty()).toList();
        }
    }
}
