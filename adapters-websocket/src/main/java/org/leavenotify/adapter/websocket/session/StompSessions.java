package org.leavenotify.adapter.websocket.session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompEncoder;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.util.MimeTypeUtils;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.WebSocketHandlerDecorator;
import org.springframework.web.socket.handler.WebSocketHandlerDecoratorFactory;
import org.springframework.web.socket.handler.WebSocketSessionDecorator;

/**
 * The open WebSocket sessions, so that an ERROR frame can be written to one of them and the connection
 * closed in that order, reliably.
 *
 * <p>Why not send the ERROR through the client outbound channel like every other frame: Spring then
 * writes it through its per-session send buffer and closes the session at once. If another thread is
 * still finishing a write to the same session at that moment (the CONNECTED frame, a notification), the
 * ERROR waits in that buffer, the close discards it, and the client sees the connection drop with no
 * reason. Here each session's writes are serialised on one lock, whoever makes them, and an ERROR is
 * written under it before the close.
 *
 * <p>Also sets the WebSocket container's message size limit to the configured STOMP limit once Spring's
 * STOMP handler has started the session. That handler raises it to at least 16 KB + 256 characters, and
 * Tomcat keeps a character buffer of that size (33 KB of heap) for every open session; this protocol's
 * frames are under 1 KB, so the configured limit (4 KB by default) is what every session holds instead
 * (docs/performance.md, "Tuning").
 */
public final class StompSessions implements WebSocketHandlerDecoratorFactory, SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(StompSessions.class);

    /** The session whose incoming message this thread is decoding, for errors that know no session. */
    private static final ThreadLocal<String> BEING_READ = new ThreadLocal<>();

    private final StompEncoder encoder = new StompEncoder();
    private final Map<String, SerialisedSession> open = new ConcurrentHashMap<>();
    private final int messageSizeLimit;
    private volatile boolean running;

    public StompSessions(int messageSizeLimit) {
        this.messageSizeLimit = messageSizeLimit;
    }

    @Override
    public WebSocketHandler decorate(WebSocketHandler handler) {
        return new WebSocketHandlerDecorator(handler) {
            @Override
            public void afterConnectionEstablished(WebSocketSession session) throws Exception {
                SerialisedSession serialised = new SerialisedSession(session);
                open.put(session.getId(), serialised);
                super.afterConnectionEstablished(serialised);
                // after Spring's handler, which raises the limits to its own minimum; no frame is read before
                session.setTextMessageSizeLimit(messageSizeLimit);
                session.setBinaryMessageSizeLimit(messageSizeLimit);
            }

            @Override
            public void handleMessage(WebSocketSession session, WebSocketMessage<?> message) throws Exception {
                BEING_READ.set(session.getId());
                try {
                    super.handleMessage(session, message);
                } finally {
                    BEING_READ.remove();
                }
            }

            @Override
            public void afterConnectionClosed(WebSocketSession session, CloseStatus closeStatus) throws Exception {
                SerialisedSession serialised = open.remove(session.getId());
                super.afterConnectionClosed(serialised != null ? serialised : session, closeStatus);
            }
        };
    }

    /**
     * Writes an ERROR frame with {@code message} (answering the client frame {@code receiptId} if not
     * null) to the session, then closes it. Does nothing if the session is gone already.
     */
    public void error(String sessionId, String message, String receiptId) {
        SerialisedSession session = sessionId == null ? null : open.get(sessionId);
        if (session == null) {
            return;
        }
        // the reason is a refusal code and its explanation, never a token or a password
        LOG.info("Closing STOMP session {} with an ERROR frame: {}", sessionId, message);
        StompHeaderAccessor accessor = StompHeaderAccessor.create(StompCommand.ERROR);
        accessor.setMessage(message);
        accessor.setContentType(MimeTypeUtils.TEXT_PLAIN);
        if (receiptId != null) {
            accessor.setReceiptId(receiptId);
        }
        byte[] body = message.getBytes(StandardCharsets.UTF_8);
        try {
            session.sendMessage(new TextMessage(encoder.encode(accessor.getMessageHeaders(), body)));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not write the ERROR frame to session {} before closing it: {}", sessionId, e.toString());
        }
        try {
            session.close(CloseStatus.PROTOCOL_ERROR);
        } catch (IOException | RuntimeException e) {
            LOG.debug("Could not close session {}", sessionId, e);
        }
    }

    /** The id of the session whose incoming message the calling thread is handling, or null. */
    public static String sessionBeingRead() {
        return BEING_READ.get();
    }

    public boolean isOpen(String sessionId) {
        return open.containsKey(sessionId);
    }

    /** The attributes of every session open on this node, by session id. */
    public Map<String, Map<String, Object>> openSessionAttributes() {
        Map<String, Map<String, Object>> attributes = new java.util.HashMap<>();
        open.forEach((id, session) -> attributes.put(id, session.getAttributes()));
        return attributes;
    }

    @Override
    public void start() {
        running = true;
    }

    /**
     * On shutdown, closes every open session with 1001 (going away) before the web server stops, so
     * clients reconnect (to this node when it is back, or to another) instead of seeing the connection
     * drop (1006) and waiting for a heart-beat timeout. Nothing is lost: notifications are stored
     * before they are pushed, and clients catch up with {@code after} when they reconnect.
     */
    @Override
    public void stop() {
        running = false;
        for (SerialisedSession session : open.values()) {
            try {
                session.close(CloseStatus.GOING_AWAY.withReason("the server is shutting down"));
            } catch (IOException | RuntimeException e) {
                LOG.debug("Could not close session {} at shutdown", session.getId(), e);
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops first: before the broker, the graceful shutdown of the web server and the web server. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }

    /** A session whose writes happen one at a time, whichever thread makes them. */
    private static final class SerialisedSession extends WebSocketSessionDecorator {

        private final Object writeLock = new Object();

        SerialisedSession(WebSocketSession session) {
            super(session);
        }

        @Override
        public void sendMessage(WebSocketMessage<?> message) throws IOException {
            synchronized (writeLock) {
                super.sendMessage(message);
            }
        }
    }
}
