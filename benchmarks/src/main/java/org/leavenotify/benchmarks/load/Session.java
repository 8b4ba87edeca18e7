package org.leavenotify.benchmarks.load;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.netty.channel.Channel;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;

/**
 * One STOMP session of one user, driven by the load tool's single event loop. Its fields are written on
 * that event loop only; other threads read them after {@link StompClients#quiesce()}.
 */
final class Session {

    final User user;
    final List<String> received = new ArrayList<>();
    final List<String> bareReceived = new ArrayList<>();
    long unreadCountFrames;
    String newestSeen;
    volatile Channel channel;
    volatile CompletableFuture<Void> ready = new CompletableFuture<>();
    volatile CompletableFuture<Void> closed = new CompletableFuture<>();
    volatile ListReplies listReplies;
    int receiptsAwaited;
    boolean closing;
    /** How far the current connection got (for a session that does not become ready in time). */
    volatile String stage = "new";

    Session(User user) {
        this.user = user;
    }

    void write(String frame) {
        channel.writeAndFlush(new TextWebSocketFrame(frame));
    }

    boolean isOpen() {
        Channel current = channel;
        return current != null && current.isActive() && ready.isDone() && !ready.isCompletedExceptionally();
    }

    /** Where the replies to {@code /app/notifications} go while a catch-up is running. */
    interface ListReplies {
        void reply(String json);
    }
}
