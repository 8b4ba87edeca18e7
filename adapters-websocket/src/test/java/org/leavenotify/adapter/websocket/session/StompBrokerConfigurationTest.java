package org.leavenotify.adapter.websocket.session;

import java.lang.reflect.Method;

import org.junit.jupiter.api.Test;
import org.springframework.messaging.support.ExecutorSubscribableChannel;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/** Every STOMP session's send buffer is a {@link ThreadBoundCallbackSession}, with the configured limits. */
class StompBrokerConfigurationTest {

    @Test
    void theWebSocketHandlerGivesEachSessionAThreadBoundSendBuffer() throws Exception {
        WebSocketHandler handler = new StompBrokerConfiguration()
                .subProtocolWebSocketHandler(new ExecutorSubscribableChannel(), new ExecutorSubscribableChannel());
        Method decorate = handler.getClass().getDeclaredMethod("decorateSession", WebSocketSession.class);
        decorate.setAccessible(true);

        Object buffer = decorate.invoke(handler, mock(WebSocketSession.class));

        assertThat(buffer).isInstanceOf(ThreadBoundCallbackSession.class);
    }
}
