package org.leavenotify.adapter.websocket.session;

import java.io.IOException;
import java.util.function.Consumer;

import org.springframework.web.socket.WebSocketMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;

/**
 * A session's send buffer (Spring's, with its time and size limits) whose message callback runs only on
 * the thread that set it, for the message that thread sends next.
 *
 * <p>Why: to keep each session's frames in the order they were published, Spring's STOMP handler sets the
 * buffer's one message callback before writing each ordered frame; the callback releases the session's
 * next frame once this one is buffered. Spring's buffer keeps that callback in one field and runs it for
 * every frame it is given, whoever gives it. A frame written outside the broker's ordering on another
 * thread (a RECEIPT, for one) then ran the last ordered frame's callback a second time, at the same moment
 * as its own thread did. Both took "their" frame off the session's queue: one took the next frame instead,
 * which was never written (a notification lost on a live connection), or the queue was empty and the
 * second failed, which Spring answers by closing the session with 1002 and no ERROR frame.
 * {@code ThreadBoundCallbackSessionTest} shows both the race and that it is gone.
 */
public final class ThreadBoundCallbackSession extends ConcurrentWebSocketSessionDecorator {

    private final ThreadLocal<Consumer<WebSocketMessage<?>>> callbacks = new ThreadLocal<>();

    public ThreadBoundCallbackSession(WebSocketSession delegate, int sendTimeLimit, int bufferSizeLimit) {
        super(delegate, sendTimeLimit, bufferSizeLimit);
        super.setMessageCallback(this::runTheCallbackOfThisThread);
    }

    /** Kept for the calling thread's next {@link #sendMessage}, not for whichever thread sends next. */
    @Override
    public void setMessageCallback(Consumer<WebSocketMessage<?>> callback) {
        callbacks.set(callback);
    }

    @Override
    public void sendMessage(WebSocketMessage<?> message) throws IOException {
        try {
            super.sendMessage(message);
        } finally {
            callbacks.remove();
        }
    }

    private void runTheCallbackOfThisThread(WebSocketMessage<?> message) {
        Consumer<WebSocketMessage<?>> callback = callbacks.get();
        if (callback != null) {
            callbacks.remove();
            callback.accept(message);
        }
    }
}
