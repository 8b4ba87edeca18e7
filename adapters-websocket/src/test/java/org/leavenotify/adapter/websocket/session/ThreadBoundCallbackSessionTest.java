package org.leavenotify.adapter.websocket.session;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The ordered frame's callback (which releases the session's next frame) runs once, on the thread that
 * sent that frame; a frame another thread sends meanwhile does not run it again. Spring's own buffer does,
 * which is the race {@link ThreadBoundCallbackSession} closes.
 */
class ThreadBoundCallbackSessionTest {

    private final List<String> written = new CopyOnWriteArrayList<>();

    @Test
    void aFrameFromAnotherThreadDoesNotRunTheCallbackOfTheLastOrderedFrame() throws Exception {
        ConcurrentWebSocketSessionDecorator session = new ThreadBoundCallbackSession(connection(), 10_000, 64 * 1024);

        AtomicInteger released = orderedFrameThenReceiptFromAnotherThread(session);

        assertThat(released).as("times the ordered frame released the next one").hasValue(1);
        assertThat(written).containsExactly("MESSAGE", "RECEIPT");
    }

    @Test
    void springsOwnBufferRunsItAgainForTheOtherThreadsFrame() throws Exception {
        ConcurrentWebSocketSessionDecorator session = new ConcurrentWebSocketSessionDecorator(connection(), 10_000, 64 * 1024);

        AtomicInteger released = orderedFrameThenReceiptFromAnotherThread(session);

        assertThat(released).as("times the ordered frame released the next one").hasValue(2);
    }

    @Test
    void eachThreadsCallbackRunsForTheFrameThatThreadSends() throws Exception {
        ConcurrentWebSocketSessionDecorator session = new ThreadBoundCallbackSession(connection(), 10_000, 64 * 1024);
        List<String> released = new CopyOnWriteArrayList<>();

        Thread first = new Thread(() -> send(session, "MESSAGE-1", message -> released.add("first")));
        first.start();
        first.join();
        Thread second = new Thread(() -> send(session, "MESSAGE-2", message -> released.add("second")));
        second.start();
        second.join();
        session.sendMessage(new TextMessage("RECEIPT"));

        assertThat(released).containsExactly("first", "second");
        assertThat(written).containsExactly("MESSAGE-1", "MESSAGE-2", "RECEIPT");
    }

    private static AtomicInteger orderedFrameThenReceiptFromAnotherThread(ConcurrentWebSocketSessionDecorator session)
            throws Exception {
        AtomicInteger released = new AtomicInteger();
        Thread publisher = new Thread(() -> send(session, "MESSAGE", message -> released.incrementAndGet()));
        publisher.start();
        publisher.join();
        Thread receipts = new Thread(() -> send(session, "RECEIPT", null));
        receipts.start();
        receipts.join();
        return released;
    }

    /** What Spring's STOMP handler does for one frame: sets the callback if the frame is ordered, then sends. */
    private static void send(ConcurrentWebSocketSessionDecorator session, String frame,
                             java.util.function.Consumer<WebSocketMessage<?>> callback) {
        try {
            if (callback != null) {
                session.setMessageCallback(callback);
            }
            session.sendMessage(new TextMessage(frame));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private WebSocketSession connection() throws Exception {
        WebSocketSession connection = mock(WebSocketSession.class);
        when(connection.getId()).thenReturn("s-1");
        when(connection.isOpen()).thenReturn(true);
        doAnswer(call -> written.add(((TextMessage) call.getArgument(0)).getPayload()))
                .when(connection).sendMessage(any());
        return connection;
    }
}
