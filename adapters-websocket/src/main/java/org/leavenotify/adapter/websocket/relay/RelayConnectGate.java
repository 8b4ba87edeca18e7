package org.leavenotify.adapter.websocket.relay;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;

/**
 * Holds a session's frames that follow its CONNECT until RabbitMQ has answered that CONNECT. Spring's
 * relay opens a TCP connection to RabbitMQ per session and silently drops a client's frames that arrive
 * before RabbitMQ's CONNECTED; a client that sends its SUBSCRIBEs right behind its CONNECT (as the
 * in-process broker allows, and as the example client does) would lose them. Frames of one session are
 * handled in order, so holding one holds the ones behind it; other sessions are not held.
 *
 * <p>Put on the inbound channel (the last interceptor) and on the outbound channel, where it sees the
 * CONNECTED or ERROR that ends the wait.
 */
final class RelayConnectGate {

    private final Map<String, CountDownLatch> connecting = new ConcurrentHashMap<>();
    private final Duration timeout;

    RelayConnectGate(Duration timeout) {
        this.timeout = timeout;
    }

    ChannelInterceptor inbound() {
        return new ChannelInterceptor() {
            @Override
            public Message<?> preSend(Message<?> message, MessageChannel channel) {
                String sessionId = SimpMessageHeaderAccessor.getSessionId(message.getHeaders());
                SimpMessageType type = SimpMessageHeaderAccessor.getMessageType(message.getHeaders());
                if (sessionId == null || type == null) {
                    return message;
                }
                switch (type) {
                    case CONNECT -> connecting.put(sessionId, new CountDownLatch(1));
                    case DISCONNECT -> release(sessionId);
                    case HEARTBEAT -> {
                    }
                    default -> awaitConnected(sessionId);
                }
                return message;
            }
        };
    }

    ChannelInterceptor outbound() {
        return new ChannelInterceptor() {
            @Override
            public Message<?> preSend(Message<?> message, MessageChannel channel) {
                StompHeaderAccessor accessor = StompHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
                StompCommand command = accessor != null ? accessor.getCommand() : null;
                SimpMessageType type = SimpMessageHeaderAccessor.getMessageType(message.getHeaders());
                if (command == StompCommand.CONNECTED || command == StompCommand.ERROR
                        || type == SimpMessageType.CONNECT_ACK || type == SimpMessageType.DISCONNECT_ACK) {
                    String sessionId = SimpMessageHeaderAccessor.getSessionId(message.getHeaders());
                    if (sessionId != null) {
                        release(sessionId);
                    }
                }
                return message;
            }
        };
    }

    private void awaitConnected(String sessionId) {
        CountDownLatch connected = connecting.get(sessionId);
        if (connected == null) {
            return;
        }
        try {
            connected.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void release(String sessionId) {
        CountDownLatch connected = connecting.remove(sessionId);
        if (connected != null) {
            connected.countDown();
        }
    }
}
