package org.leavenotify.adapter.websocket.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageHandler;
import org.springframework.messaging.simp.annotation.support.SimpAnnotationMethodMessageHandler;
import org.springframework.messaging.simp.broker.SimpleBrokerMessageHandler;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.simp.user.UserDestinationMessageHandler;
import org.springframework.messaging.support.MessageBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/** Which handler's completion answers a frame's receipt: exactly one per frame, none for CONNECT and DISCONNECT. */
class ReceiptInterceptorTest {

    private final List<Message<?>> written = new CopyOnWriteArrayList<>();
    private final MessageChannel outbound = (message, timeout) -> written.add(message);
    private final ReceiptInterceptor interceptor = new ReceiptInterceptor(new StompFrames(outbound));

    private final MessageHandler controllers = mock(SimpAnnotationMethodMessageHandler.class);
    private final MessageHandler userDestinations = mock(UserDestinationMessageHandler.class);
    private final MessageHandler broker = mock(SimpleBrokerMessageHandler.class);
    private final List<MessageHandler> inboundHandlers = List.of(controllers, userDestinations, broker);

    @Test
    void aSubscribeToAUserDestinationIsAnsweredOnceTheUserDestinationHandlerRegisteredIt() {
        assertThat(handlersThatAnswer(frame(StompCommand.SUBSCRIBE, "/user/queue/notifications", "r1")))
                .containsExactly(userDestinations);
        assertThat(receipts()).containsExactly("r1");
    }

    @Test
    void aSendToTheApplicationIsAnsweredOnceTheControllerHandledIt() {
        assertThat(handlersThatAnswer(frame(StompCommand.SEND, "/app/notifications", "r2")))
                .containsExactly(controllers);
        assertThat(receipts()).containsExactly("r2");
    }

    @Test
    void anUnsubscribeIsAnsweredOnceTheBrokerHandledIt() {
        assertThat(handlersThatAnswer(frame(StompCommand.UNSUBSCRIBE, null, "r3"))).containsExactly(broker);
        assertThat(receipts()).containsExactly("r3");
    }

    @Test
    void aDisconnectIsLeftToTheBrokerWhichAnswersItItself() {
        assertThat(handlersThatAnswer(frame(StompCommand.DISCONNECT, null, "r4"))).isEmpty();
    }

    @Test
    void aFrameWithoutAReceiptHeaderGetsNoReceipt() {
        assertThat(handlersThatAnswer(frame(StompCommand.SUBSCRIBE, "/user/queue/notifications", null))).isEmpty();
    }

    /** Every inbound handler handles every frame; returns those whose completion wrote a receipt. */
    private List<MessageHandler> handlersThatAnswer(Message<byte[]> message) {
        List<MessageHandler> answering = new ArrayList<>();
        for (MessageHandler handler : inboundHandlers) {
            int before = written.size();
            interceptor.afterMessageHandled(message, outbound, handler, null);
            if (written.size() > before) {
                answering.add(handler);
            }
        }
        return answering;
    }

    private List<String> receipts() {
        return written.stream()
                .map(StompHeaderAccessor::wrap)
                .peek(accessor -> assertThat(accessor.getCommand()).isEqualTo(StompCommand.RECEIPT))
                .map(StompHeaderAccessor::getReceiptId)
                .toList();
    }

    private static Message<byte[]> frame(StompCommand command, String destination, String receipt) {
        StompHeaderAccessor accessor = StompHeaderAccessor.create(command);
        accessor.setSessionId("session-1");
        if (destination != null) {
            accessor.setDestination(destination);
        }
        if (receipt != null) {
            accessor.setReceipt(receipt);
        }
        return MessageBuilder.createMessage(new byte[0], accessor.getMessageHeaders());
    }
}
