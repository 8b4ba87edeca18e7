package org.leavenotify.adapter.websocket;

import java.time.Duration;

import org.leavenotify.adapter.websocket.routing.StompFrames;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What one STOMP client may ask of the server, under {@code leavenotify.limits.*}; docs/reliability.md
 * says why each default is what it is.
 *
 * @param sessionsPerUser         sessions one user may have open at once; the next CONNECT is refused
 *                                with an ERROR frame ({@code TOO_MANY_SESSIONS})
 * @param subscriptionsPerSession subscriptions one session may hold at once; the next SUBSCRIBE closes the
 *                                session with an ERROR frame ({@code TOO_MANY_SUBSCRIPTIONS})
 * @param stompFrames             how fast one session may send frames
 * @param connections             how many WebSockets may be open, per remote address and before CONNECT
 */
@ConfigurationProperties(prefix = "leavenotify.limits")
public record StompLimitsProperties(@DefaultValue("10") int sessionsPerUser,
                                    @DefaultValue("32") int subscriptionsPerSession,
                                    @DefaultValue StompFrames stompFrames,
                                    @DefaultValue Connections connections) {

    public StompLimitsProperties {
        if (sessionsPerUser < 1) {
            throw new IllegalArgumentException("leavenotify.limits.sessions-per-user must be at least 1");
        }
        if (subscriptionsPerSession < 1) {
            throw new IllegalArgumentException("leavenotify.limits.subscriptions-per-session must be at least 1");
        }
    }

    /**
     * Caps on open WebSockets, checked at the handshake (a refused handshake is answered 429 or 503 with a
     * problem+json body and logged at most once a minute per limit). Behind a proxy the address is the
     * client's only if the proxy is trusted (docs/reliability.md, "Proxies").
     *
     * @param perAddress                  WebSockets one remote address may hold open at once
     * @param unauthenticated             WebSockets that have not yet sent an accepted CONNECT, on this node
     * @param unauthenticatedPerAddress   of those, from one remote address
     */
    public record Connections(@DefaultValue("1000") int perAddress, @DefaultValue("1000") int unauthenticated,
                              @DefaultValue("50") int unauthenticatedPerAddress) {

        public Connections {
            if (perAddress < 1 || unauthenticated < 1 || unauthenticatedPerAddress < 1) {
                throw new IllegalArgumentException("leavenotify.limits.connections.* must be at least 1");
            }
        }
    }

    /**
     * A token bucket per session: {@code burst} frames at once, then {@code refill} more every
     * {@code refillPeriod} (added gradually). A frame beyond that is dropped and answered on
     * {@code /user/queue/errors} with status 429; a session that goes on sending has
     * {@code refusedBeforeClose} frames refused within {@code refusedWindow} and is then closed with an
     * ERROR frame ({@code RATE_LIMITED}). CONNECT and DISCONNECT are not counted.
     *
     * @param burst              frames a session may send at once
     * @param refill             frames added to the bucket every {@code refillPeriod}
     * @param refillPeriod       see {@code refill}: together the rate a session may keep up
     * @param refusedBeforeClose refused frames after which the session is closed
     * @param refusedWindow      the window in which those refusals are counted
     */
    public record StompFrames(@DefaultValue("50") int burst, @DefaultValue("10") int refill,
                              @DefaultValue("1s") Duration refillPeriod, @DefaultValue("20") int refusedBeforeClose,
                              @DefaultValue("1m") Duration refusedWindow) {

        public StompFrames {
            if (burst < 1 || refill < 1 || refusedBeforeClose < 1) {
                throw new IllegalArgumentException(
                        "leavenotify.limits.stomp-frames.burst, refill and refused-before-close must be at least 1");
            }
            if (!positive(refillPeriod) || !positive(refusedWindow)) {
                throw new IllegalArgumentException(
                        "leavenotify.limits.stomp-frames.refill-period and refused-window must be positive");
            }
        }

        /** For messages: "10 per 1s". */
        public String rate() {
            return refill + " per " + refillPeriod.toString().substring(2).toLowerCase(java.util.Locale.ROOT);
        }

        private static boolean positive(Duration duration) {
            return duration != null && !duration.isNegative() && !duration.isZero();
        }
    }
}
