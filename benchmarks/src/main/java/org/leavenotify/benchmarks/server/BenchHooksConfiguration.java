package org.leavenotify.benchmarks.server;

import java.time.Clock;

import org.leavenotify.application.auth.port.out.AccessTokenPort;
import org.leavenotify.application.auth.port.out.CredentialStorePort;
import org.leavenotify.application.auth.port.out.PasswordHasherPort;
import org.leavenotify.application.leave.port.out.EmployeeDirectoryPort;
import org.leavenotify.application.leave.port.out.LeaveAllowancePort;
import org.leavenotify.application.notification.port.out.NotificationStorePort;
import org.leavenotify.application.notification.port.out.PushNotificationPort;
import org.leavenotify.application.shared.port.out.IdGeneratorPort;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.messaging.simp.user.SimpUserRegistry;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketTransportRegistration;
import org.springframework.web.socket.handler.WebSocketHandlerDecorator;

/**
 * The benchmark-only hooks, added to the application by {@link BenchServer} and by nothing else. They
 * talk to the application through its ports and beans only; no production class knows they exist.
 */
@Configuration(proxyBeanMethods = false)
public class BenchHooksConfiguration {

    @Bean
    BenchControl benchControl(@Value("${leavenotify.bench.control-port:0}") int port,
                              EmployeeDirectoryPort directory, CredentialStorePort credentials,
                              PasswordHasherPort hasher, LeaveAllowancePort allowances, AccessTokenPort tokens,
                              NotificationStorePort store, PushNotificationPort push, IdGeneratorPort ids,
                              SimpUserRegistry users, ObjectProvider<MongoTemplate> mongo, Clock clock) {
        return new BenchControl(port, new BenchOperations(directory, credentials, hasher, allowances, tokens, store,
                push, ids, users, mongo.getIfAvailable(), clock));
    }

    /**
     * Candidate tuning, measured before it is recommended (docs/performance.md): Tomcat's per-connection
     * socket buffers (8 KB read + 8 KB write by default, on the heap, held for as long as a WebSocket is
     * open).
     */
    @Bean
    @ConditionalOnProperty("leavenotify.bench.socket-buffer")
    TomcatConnectorCustomizer benchSocketBuffers(@Value("${leavenotify.bench.socket-buffer}") int bytes) {
        return connector -> {
            connector.setProperty("socket.appReadBufSize", Integer.toString(bytes));
            connector.setProperty("socket.appWriteBufSize", Integer.toString(bytes));
        };
    }

    /**
     * Candidate tuning, measured before it is recommended: the WebSocket container's buffer for one
     * incoming message. Spring's STOMP handler raises it to at least 16 KB + 256 characters per session,
     * and Tomcat then holds a character buffer of that size (33 KB) for every session; this lowers it
     * again once the session has started.
     */
    @Bean
    @ConditionalOnProperty("leavenotify.bench.inbound-message-buffer")
    WebSocketMessageBrokerConfigurer benchInboundMessageBuffer(
            @Value("${leavenotify.bench.inbound-message-buffer}") int bytes) {
        return new WebSocketMessageBrokerConfigurer() {
            @Override
            public void configureWebSocketTransport(WebSocketTransportRegistration registration) {
                registration.addDecoratorFactory(handler -> new WebSocketHandlerDecorator(handler) {
                    @Override
                    public void afterConnectionEstablished(WebSocketSession session) throws Exception {
                        super.afterConnectionEstablished(session);
                        session.setTextMessageSizeLimit(bytes);
                        session.setBinaryMessageSizeLimit(bytes);
                    }
                });
            }
        };
    }
}
