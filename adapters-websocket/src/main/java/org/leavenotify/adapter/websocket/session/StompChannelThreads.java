package org.leavenotify.adapter.websocket.session;

import org.springframework.core.Ordered;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;

/**
 * The threads that handle the frames clients send ({@code stomp-inbound-}) and write the frames they
 * receive ({@code stomp-outbound-}): each a pool of two threads per processor, as Spring's own default.
 *
 * <p>Needed because Spring Boot hands both channels the application's only {@code AsyncTaskExecutor} bean
 * when there is exactly one, and here that is the two-thread {@code stompTaskScheduler} meant for
 * heart-beats and timers. Every STOMP frame of every session then queued behind two threads, behind
 * timers, and at shutdown (the scheduler stopping first) frames still queued were refused by it and run
 * on the caller's thread, out of order. Ordered last, so that what is set here is what the channels use.
 */
public final class StompChannelThreads implements WebSocketMessageBrokerConfigurer, Ordered {

    public static final String INBOUND_PREFIX = "stomp-inbound-";
    public static final String OUTBOUND_PREFIX = "stomp-outbound-";

    @Override
    public void configureClientInboundChannel(ChannelRegistration registration) {
        registration.executor(pool(INBOUND_PREFIX));
    }

    @Override
    public void configureClientOutboundChannel(ChannelRegistration registration) {
        registration.executor(pool(OUTBOUND_PREFIX));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /** Initialised and shut down by the channel executor bean that Spring's broker configuration returns. */
    private static ThreadPoolTaskExecutor pool(String threadNamePrefix) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(2 * Runtime.getRuntime().availableProcessors());
        executor.setAllowCoreThreadTimeOut(true);
        executor.setThreadNamePrefix(threadNamePrefix);
        return executor;
    }
}
