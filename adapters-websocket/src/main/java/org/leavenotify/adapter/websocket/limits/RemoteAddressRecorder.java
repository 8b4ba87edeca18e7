package org.leavenotify.adapter.websocket.limits;

import java.net.InetSocketAddress;

import org.leavenotify.adapter.websocket.errors.StompAudit;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.WebSocketHandlerDecorator;
import org.springframework.web.socket.handler.WebSocketHandlerDecoratorFactory;

/**
 * Keeps the client's address in the session's attributes, which every STOMP frame of the session
 * carries, so that log lines about a session can say where it comes from. Behind a reverse proxy this is
 * the proxy's address unless Spring Boot is told to trust its forwarded headers
 * ({@code server.forward-headers-strategy}).
 */
public final class RemoteAddressRecorder implements WebSocketHandlerDecoratorFactory {

    @Override
    public WebSocketHandler decorate(WebSocketHandler handler) {
        return new WebSocketHandlerDecorator(handler) {
            @Override
            public void afterConnectionEstablished(WebSocketSession session) throws Exception {
                session.getAttributes().put(StompAudit.REMOTE_ADDRESS, addressOf(session.getRemoteAddress()));
                super.afterConnectionEstablished(session);
            }
        };
    }

    /** The client's IP address as text, or "-" when it is not known. */
    public static String addressOf(InetSocketAddress remote) {
        if (remote == null) {
            return "-";
        }
        return remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
    }
}
