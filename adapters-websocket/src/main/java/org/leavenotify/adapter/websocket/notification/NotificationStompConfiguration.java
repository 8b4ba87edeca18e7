package org.leavenotify.adapter.websocket.notification;

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

    @Bean
    PresencePort presencePort(SimpUserRegistry userRegistry) {
        return new SimpUserRegistryPresence(userRegistry);
    }

    @Bean
    PushNotificationPort pushNotificationPort(SimpMessageSendingOperations brokerMessagingTemplate,
                                              SimpUserRegistry userRegistry) {
        return new StompNotificationPusher(brokerMessagingTemplate, userRegistry);
    }
}
