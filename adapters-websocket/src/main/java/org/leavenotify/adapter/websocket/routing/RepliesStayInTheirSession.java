package org.leavenotify.adapter.websocket.routing;

import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;

/**
 * Keeps a reply meant for one session from reaching the user's other sessions.
 *
 * <p>A reply to one session ({@code @SendToUser(broadcast = false)}: a page of notifications, an error
 * reply, a push addressed to one session) carries that session's id. Spring's user-destination resolver
 * sends it to that session only, <em>unless the session has gone</em>: then it sends it to every session
 * the user still has. A client that asked for a page and disconnected would thus have the page land on
 * its other devices, which never asked; one of them catching up at that moment could take it for its own
 * answer and skip what it was missing (found by {@code ConnectionFaultsIT}: a slow consumer closed with
 * hundreds of page requests still queued). On the broker channel, after resolution, such a message is
 * addressed to another session's queue ({@code …-user<other id>}) while naming its own session: dropped.
 */
public final class RepliesStayInTheirSession implements ChannelInterceptor {

    private static final String USER_QUEUE_SUFFIX = "-user";

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        String sessionId = SimpMessageHeaderAccessor.getSessionId(message.getHeaders());
        String destination = SimpMessageHeaderAccessor.getDestination(message.getHeaders());
        if (sessionId == null || destination == null) {
            return message;
        }
        int suffix = destination.lastIndexOf(USER_QUEUE_SUFFIX);
        if (suffix < 0 || destination.endsWith(USER_QUEUE_SUFFIX + sessionId)) {
            return message;
        }
        return null;
    }
}
