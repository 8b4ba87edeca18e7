package org.leavenotify.adapter.websocket.relay;

import java.time.Duration;

import org.leavenotify.adapter.websocket.BrokerProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;

/**
 * Relay mode: the STOMP broker relay to RabbitMQ in place of the in-process broker (which
 * {@code StompEndpointConfigurer} then leaves out), with the user registry and unresolved user
 * destinations broadcast between nodes. Ordered after Spring Security's message interceptors
 * ({@code HIGHEST_PRECEDENCE + 100}) and the limits ({@code + 101}), so that a SUBSCRIBE is rewritten to
 * its RabbitMQ destination only once it has been allowed as the client sent it.
 */
@Order(Ordered.HIGHEST_PRECEDENCE + 102)
final class RelayBrokerConfigurer implements WebSocketMessageBrokerConfigurer {

    private final BrokerProperties.Relay relay;
    private final TaskScheduler scheduler;
    private final RelayConnectGate connectGate = new RelayConnectGate(Duration.ofSeconds(10));

    RelayBrokerConfigurer(BrokerProperties.Relay relay, TaskScheduler scheduler) {
        this.relay = relay;
        this.scheduler = scheduler;
    }

    /**
     * {@code /exchange} carries the clients' destinations ({@link RelayDestinations}); {@code /topic} the
     * broadcasts between nodes; {@code /queue} is relayed too, though no client may subscribe to it.
     */
    @Override
    public void configureMessageBroker(MessageBrokerRegistry registry) {
        long heartbeat = relay.systemHeartbeat().toMillis();
        registry.enableStompBrokerRelay("/queue", "/topic", "/exchange")
                .setTcpClient(RelayTcpClient.over(relay.hosts()))
                .setClientLogin(relay.login())
                .setClientPasscode(relay.passcode())
                .setSystemLogin(relay.login())
                .setSystemPasscode(relay.passcode())
                .setVirtualHost(relay.virtualHost())
                .setSystemHeartbeatSendInterval(heartbeat)
                .setSystemHeartbeatReceiveInterval(heartbeat)
                .setUserRegistryBroadcast(relay.userRegistryBroadcast())
                .setUserDestinationBroadcast(relay.userDestinationBroadcast())
                .setTaskScheduler(scheduler);
        registry.configureBrokerChannel().interceptors(new RelaySessionReplies());
    }

    @Override
    public void configureClientInboundChannel(ChannelRegistration registration) {
        registration.interceptors(new RelaySubscriptions(), connectGate.inbound());
    }

    @Override
    public void configureClientOutboundChannel(ChannelRegistration registration) {
        registration.interceptors(connectGate.outbound());
    }
}
