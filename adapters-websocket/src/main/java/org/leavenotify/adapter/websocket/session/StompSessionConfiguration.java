package org.leavenotify.adapter.websocket.session;

import org.leavenotify.adapter.websocket.BrokerProperties;
import org.leavenotify.adapter.websocket.WebSocketProperties;
import org.leavenotify.adapter.websocket.authentication.JwtChannelInterceptor;
import org.leavenotify.adapter.websocket.authentication.SessionExpiryGuard;
import org.leavenotify.adapter.websocket.authentication.SessionRevalidation;
import org.leavenotify.adapter.websocket.errors.StompAudit;
import org.leavenotify.adapter.websocket.errors.StompErrorHandler;
import org.leavenotify.adapter.websocket.errors.StompRefusalReporter;
import org.leavenotify.adapter.websocket.limits.ConnectionGuard;
import org.leavenotify.adapter.websocket.relay.RelayConfiguration;
import org.leavenotify.adapter.websocket.routing.ExactDestinationSubscriptionRegistry;
import org.leavenotify.adapter.websocket.routing.ReceiptInterceptor;
import org.leavenotify.adapter.websocket.routing.StompFrames;
import org.leavenotify.application.auth.port.in.AuthenticateAccessTokenUseCase;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Lazy;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.broker.SimpleBrokerMessageHandler;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * The STOMP endpoint, its broker (in-process, or the relay to RabbitMQ: {@link RelayConfiguration}) and what happens to each session: authentication on CONNECT,
 * closing at token expiry, receipts, and ERROR frames that say what went wrong.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BrokerProperties.class)
@Import({StompBrokerConfiguration.class, StompEndpointConfigurer.class, StompChannelThreads.class, RelayConfiguration.class})
public class StompSessionConfiguration {

    /** Sends heart-beats and closes sessions whose token expires; two threads are plenty for both. */
    @Bean(destroyMethod = "shutdown")
    public ThreadPoolTaskScheduler stompTaskScheduler() {
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(2);
        scheduler.setThreadNamePrefix("stomp-scheduler-");
        scheduler.setRemoveOnCancelPolicy(true);
        scheduler.initialize();
        return scheduler;
    }

    /**
     * The outbound channel is created by the broker configuration that the interceptors below are wired
     * into, hence the lazy reference: it is resolved when the first receipt is written.
     */
    @Bean
    public StompFrames stompFrames(@Lazy @Qualifier("clientOutboundChannel") MessageChannel clientOutboundChannel) {
        return new StompFrames(clientOutboundChannel);
    }

    @Bean
    public StompSessions stompSessions(WebSocketProperties properties) {
        return new StompSessions(Math.toIntExact(properties.messageSizeLimit().toBytes()));
    }

    @Bean
    public SessionExpiryGuard sessionExpiryGuard(ThreadPoolTaskScheduler stompTaskScheduler, StompSessions stompSessions) {
        return new SessionExpiryGuard(stompTaskScheduler, stompSessions);
    }

    @Bean
    public JwtChannelInterceptor jwtChannelInterceptor(AuthenticateAccessTokenUseCase authenticate,
                                                SessionExpiryGuard sessionExpiryGuard, StompSessions stompSessions,
                                                StompAudit stompAudit, ConnectionGuard connectionGuard) {
        return new JwtChannelInterceptor(authenticate, sessionExpiryGuard, stompSessions, stompAudit, connectionGuard);
    }

    @Bean
    public SessionRevalidation sessionRevalidation(AuthenticateAccessTokenUseCase authenticate, StompSessions stompSessions,
                                            ThreadPoolTaskScheduler stompTaskScheduler, WebSocketProperties properties) {
        return new SessionRevalidation(authenticate, stompSessions, stompTaskScheduler, properties.revalidateInterval());
    }

    @Bean
    public ReceiptInterceptor receiptInterceptor(StompFrames stompFrames, BrokerProperties broker) {
        return new ReceiptInterceptor(stompFrames, broker.isRelay());
    }

    @Bean
    public StompRefusalReporter stompRefusalReporter(StompSessions stompSessions, StompAudit stompAudit) {
        return new StompRefusalReporter(stompSessions, stompAudit);
    }

    /**
     * Gives the in-process broker the {@link ExactDestinationSubscriptionRegistry} before it starts. Static,
     * so that it is created before the broker it post-processes.
     */
    @Bean
    public static BeanPostProcessor exactDestinationSubscriptions() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof SimpleBrokerMessageHandler broker) {
                    broker.setSubscriptionRegistry(new ExactDestinationSubscriptionRegistry());
                }
                return bean;
            }
        };
    }

    @Bean
    public StompErrorHandler stompErrorHandler(StompSessions stompSessions) {
        return new StompErrorHandler(stompSessions);
    }
}
