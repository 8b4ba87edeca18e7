package org.leavenotify.adapter.websocket.notification;

import org.leavenotify.adapter.websocket.BrokerProperties;
import org.leavenotify.application.notification.port.out.PresencePort;
import org.leavenotify.application.notification.port.out.PushNotificationPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.messaging.simp.SimpMessageSendingOperations;
import org.springframework.messaging.simp.user.SimpUserRegistry;

/** Presence, push and the STOMP notification controller. */
@Configuration(proxyBeanMethods = false)
@Import(NotificationStompController.class)
public class NotificationStompConfiguration {

    /** In relay mode, sessions on every node (docs/scale-out.md). */
    @Bean
    PresencePort presencePort(SimpUserRegistry userRegistry, BrokerProperties broker) {
        return broker.isRelay() ? new ClusterPresence(userRegistry) : new SimpUserRegistryPresence(userRegistry);
    }

    /** In relay mode, one message per push through RabbitMQ to the user's sessions on every node. */
    @Bean
    PushNotificationPort pushNotificationPort(SimpMessageSendingOperations brokerMessagingTemplate,
                                              SimpUserRegistry userRegistry, BrokerProperties broker) {
        return broker.isRelay() ? new RelayNotificationPusher(brokerMessagingTemplate)
                : new StompNotificationPusher(brokerMessagingTemplate, userRegistry);
    }
}
