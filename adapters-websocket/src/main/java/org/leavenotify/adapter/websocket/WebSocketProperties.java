package org.leavenotify.adapter.websocket;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the STOMP endpoint, under {@code leavenotify.websocket.*}. Every limit is set on purpose;
 * docs/websocket.md says why each default is what it is.
 *
 * @param allowedOrigins         origins (patterns such as {@code https://*.example.com} allowed) whose
 *                               browsers may open {@code /ws}; empty means same origin only
 * @param messageSizeLimit       the largest STOMP frame a client may send; larger ones close the session.
 *                               Every open session holds a buffer of this many characters
 * @param sendTimeLimit          how long sending to one slow client may take before its session is closed
 * @param sendBufferSizeLimit    how much may wait in the send buffer of one slow client before its session
 *                               is closed
 * @param timeToFirstMessage     how long an opened WebSocket may stay silent before its first frame
 * @param timeToConnect          how long after its handshake a WebSocket may go without an accepted CONNECT
 *                               (a valid bearer token); then it is closed (1008), whatever it sent meanwhile
 * @param idleTimeout            the container's idle timeout: a WebSocket with no frame in either direction for
 *                               this long is closed. Sessions that agreed on STOMP heart-beats never reach it; a
 *                               client that declined them and hears nothing for this long is closed and
 *                               reconnects (long enough not to disturb quiet clients, short enough to reclaim
 *                               connections whose client vanished without closing them)
 * @param revalidateInterval     how often the sessions open on a node are checked against the store: a session
 *                               whose person's sessions were ended elsewhere (password or role change,
 *                               deactivation, on another node) is closed at the next check
 * @param heartbeat              the STOMP heart-beat the server sends and expects (a session silent for three
 *                               times as long is closed)
 */
@ConfigurationProperties(prefix = "leavenotify.websocket")
public record WebSocketProperties(@DefaultValue List<String> allowedOrigins,
                                  @DefaultValue("4KB") DataSize messageSizeLimit,
                                  @DefaultValue("10s") Duration sendTimeLimit,
                                  @DefaultValue("512KB") DataSize sendBufferSizeLimit,
                                  @DefaultValue("30s") Duration timeToFirstMessage,
                                  @DefaultValue("10s") Duration timeToConnect,
                                  @DefaultValue("30m") Duration idleTimeout,
                                  @DefaultValue("30s") Duration revalidateInterval,
                                  @DefaultValue("10s") Duration heartbeat) {

    public WebSocketProperties {
        if (timeToConnect == null || timeToConnect.isNegative() || timeToConnect.isZero()) {
            throw new IllegalArgumentException("leavenotify.websocket.time-to-connect must be positive");
        }
        if (revalidateInterval == null || revalidateInterval.isNegative() || revalidateInterval.isZero()) {
            throw new IllegalArgumentException("leavenotify.websocket.revalidate-interval must be positive");
        }
        if (idleTimeout == null || idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("leavenotify.websocket.idle-timeout must be positive");
        }
        allowedOrigins = allowedOrigins == null ? List.of()
                : allowedOrigins.stream().map(String::strip).filter(origin -> !origin.isEmpty()).toList();
    }
}
