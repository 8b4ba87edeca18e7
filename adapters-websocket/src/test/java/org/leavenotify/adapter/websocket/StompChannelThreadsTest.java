package org.leavenotify.adapter.websocket;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.leavenotify.testsupport.StompFrameClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageHandler;
import org.springframework.messaging.support.AbstractSubscribableChannel;
import org.springframework.messaging.support.ExecutorChannelInterceptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leavenotify.application.demo.DemoOrganisation.ALICE;

/**
 * Client frames are handled, and frames to clients written, on the STOMP channels' own thread pools, not
 * on the two-thread scheduler of heart-beats and timers (which Spring Boot hands the channels when it is
 * the application's only task executor).
 */
class StompChannelThreadsTest extends StompIntegrationTest {

    @Autowired
    @Qualifier("clientInboundChannel")
    AbstractSubscribableChannel inbound;

    @Autowired
    @Qualifier("clientOutboundChannel")
    AbstractSubscribableChannel outbound;

    @Test
    void framesInAndOutAreHandledOnTheChannelsOwnThreads() throws Exception {
        Set<String> inboundThreads = ConcurrentHashMap.newKeySet();
        Set<String> outboundThreads = ConcurrentHashMap.newKeySet();
        ExecutorChannelInterceptor recordInbound = recorder(inboundThreads);
        ExecutorChannelInterceptor recordOutbound = recorder(outboundThreads);
        inbound.addInterceptor(recordInbound);
        outbound.addInterceptor(recordOutbound);
        try (var raw = StompFrameClient.open(port)) {
            raw.sendFrame("CONNECT", "accept-version:1.2", "host:localhost", "Authorization:Bearer " + tokenFor(ALICE));
            raw.nextCommand("CONNECTED");
            raw.sendFrame("SUBSCRIBE", "id:sub-1", "destination:/user/queue/notifications/list", "receipt:r-subscribe");
            raw.nextCommand("RECEIPT");
            raw.sendFrame("SEND", "destination:/app/notifications", "receipt:r-send");
            raw.nextCommand("RECEIPT");
        } finally {
            inbound.removeInterceptor(recordInbound);
            outbound.removeInterceptor(recordOutbound);
        }

        assertThat(inboundThreads).isNotEmpty().allMatch(name -> name.startsWith("stomp-inbound-"));
        assertThat(outboundThreads).isNotEmpty().allMatch(name -> name.startsWith("stomp-outbound-"));
    }

    private static ExecutorChannelInterceptor recorder(Set<String> threads) {
        return new ExecutorChannelInterceptor() {
            @Override
            public Message<?> beforeHandle(Message<?> message, MessageChannel channel, MessageHandler handler) {
                threads.add(Thread.currentThread().getName());
                return message;
            }
        };
    }
}
