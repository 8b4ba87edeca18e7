package org.leavenotify.adapter.websocket.session;

import org.leavenotify.application.auth.port.in.AuthenticateAccessTokenUseCase;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Lazy;
import org.springframework.messaging.MessageChannel;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.web.socket.config.annotation.EnableWebSocketMessageBroker;

/**
 * The STOMP endpoint, its in-process broker and what happens to each session: authentication on CONNECT,
 * closing at token expiry, receipts, and ERROR frames that say what went wrong.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocketMessageBroker
@Import(StompEndpointConfigurer.class)
public class StompSessionConfiguration {

    /** Sends heart-beats and closes sessions whose token expires; two threads are plenty for both. */
    @Bean(destroyMethod = "shutdown")
    ThreadPoolTaskScheduler stompTaskScheduler() {
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(2);
        scheduler.setThreadNamePrefix("stomp-scheduler-");
        scheduler.setRemoveOnCancelPolicy(true);
        scheduler.initialize();
        return scheduler;
    }

    /**
     * The outbound channel is created by the broker configuration that this bean is wired into, hence
     * the lazy reference: it is resolved when the first session expires.
     */
    @Bean
    SessionExpiryGuard sessionExpiryGuard(ThreadPoolTaskScheduler stompTaskScheduler,
                                          @Lazy @Qualifier("clientOutboundChannel") MessageChannel clientOutboundChannel) {
        return new SessionExpiryGuard(stompTaskScheduler, new StompFrames(clientOutboundChannel));
    }

    @Bean
    JwtChannelInterceptor jwtChannelInterceptor(AuthenticateAccessTokenUseCase authenticate,
                                                SessionExpiryGuard sessionExpiryGuard) {
        return new JwtChannelInterceptor(authenticate, sessionExpiryGuard);
    }

    @Bean
    ReceiptInterceptor receiptInterceptor(@Lazy @Qualifier("clientOutboundChannel") MessageChannel clientOutboundChannel) {
        return new ReceiptInterceptor(new StompFrames(clientOutboundChannel));
    }

    @Bean
    StompRefusalReporter stompRefusalReporter(
            @Lazy @Qualifier("clientOutboundChannel") MessageChannel clientOutboundChannel) {
        return new StompRefusalReporter(new StompFrames(clientOutboundChannel));
    }

    @Bean
    StompErrorHandler stompErrorHandler() {
        return new StompErrorHandler();
    }
}
