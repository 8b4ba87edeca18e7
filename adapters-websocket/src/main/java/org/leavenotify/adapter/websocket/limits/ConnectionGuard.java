package org.leavenotify.adapter.websocket.limits;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.leavenotify.adapter.websocket.StompLimitsProperties;
import org.leavenotify.adapter.websocket.errors.StompAudit;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.adapter.NativeWebSocketSession;
import org.springframework.web.socket.handler.WebSocketHandlerDecorator;
import org.springframework.web.socket.handler.WebSocketHandlerDecoratorFactory;
import org.springframework.web.socket.server.HandshakeInterceptor;

/**
 * What a WebSocket must satisfy before it is a STOMP session: checked on the resolved {@code /ws} handler,
 * so no spelling of the path escapes it.
 *
 * <ul>
 *   <li>At the handshake: an {@code Origin} header that is not a well-formed origin is refused 403 (it used to
 *       reach Spring's origin check, which answered 500 and logged a stack trace); an address that holds
 *       {@code per-address} WebSockets already, or too many unauthenticated ones, is refused 429; a node
 *       that holds {@code unauthenticated} WebSockets without an accepted CONNECT is refused 503.</li>
 *   <li>After the handshake: a timer, started then, closes the WebSocket (1008) {@code time-to-connect}
 *       later unless a CONNECT with a valid token was accepted meanwhile, whatever the client sent or did
 *       not send (Spring's own time-to-first-message is only checked when traffic arrives); the
 *       container's idle timeout closes a WebSocket silent in both directions.</li>
 * </ul>
 * Every refusal is counted ({@code leavenotify.limits.violations}); each limit logs at most one line a
 * minute, saying how many refusals it stands for.
 */
public final class ConnectionGuard implements HandshakeInterceptor, WebSocketHandlerDecoratorFactory {

    public static final String MALFORMED_ORIGIN = "malformed-origin";
    public static final String PER_ADDRESS = "connections-per-address";
    public static final String UNAUTHENTICATED = "unauthenticated-connections";
    public static final String UNAUTHENTICATED_PER_ADDRESS = "unauthenticated-connections-per-address";
    public static final String TIME_TO_CONNECT = "time-to-connect";

    private static final String ADDRESS = "leavenotify.guard.address";
    private static final long LOG_INTERVAL_NANOS = Duration.ofMinutes(1).toNanos();

    private final StompLimitsProperties.Connections limits;
    private final Duration timeToConnect;
    private final Duration idleTimeout;
    private final TaskScheduler scheduler;
    private final StompAudit audit;
    private final Map<String, AtomicInteger> openPerAddress = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> unauthenticatedPerAddress = new ConcurrentHashMap<>();
    private final AtomicInteger unauthenticated = new AtomicInteger();
    /** Sessions without an accepted CONNECT yet: their address and the timer that closes them. */
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final Map<String, RefusalLog> refusalLogs = new ConcurrentHashMap<>();

    private record Pending(String address, ScheduledFuture<?> timer) {
    }

    /** One log line a minute per limit, with the number of refusals since the last one. */
    private static final class RefusalLog {
        private final AtomicLong lastLogged = new AtomicLong(System.nanoTime() - LOG_INTERVAL_NANOS);
        private final AtomicLong unlogged = new AtomicLong();
    }

    public ConnectionGuard(StompLimitsProperties.Connections limits, Duration timeToConnect, Duration idleTimeout,
                    TaskScheduler scheduler, StompAudit audit) {
        this.limits = limits;
        this.timeToConnect = timeToConnect;
        this.idleTimeout = idleTimeout;
        this.scheduler = scheduler;
        this.audit = audit;
    }

    @Override
    public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
                                   Map<String, Object> attributes) throws IOException {
        String address = RemoteAddressRecorder.addressOf(request.getRemoteAddress());
        String origin = request.getHeaders().getFirst(HttpHeaders.ORIGIN);
        if (origin != null && !isWellFormedOrigin(origin)) {
            return refuse(response, HttpStatus.FORBIDDEN, MALFORMED_ORIGIN, address,
                    "the Origin header is not a well-formed origin (scheme://host[:port])");
        }
        if (count(openPerAddress, address) >= limits.perAddress()) {
            return refuse(response, HttpStatus.TOO_MANY_REQUESTS, PER_ADDRESS, address,
                    "at most " + limits.perAddress() + " WebSockets may be open from one address");
        }
        if (count(unauthenticatedPerAddress, address) >= limits.unauthenticatedPerAddress()) {
            return refuse(response, HttpStatus.TOO_MANY_REQUESTS, UNAUTHENTICATED_PER_ADDRESS, address,
                    "at most " + limits.unauthenticatedPerAddress()
                            + " WebSockets from one address may wait for their CONNECT at once");
        }
        if (unauthenticated.get() >= limits.unauthenticated()) {
            return refuse(response, HttpStatus.SERVICE_UNAVAILABLE, UNAUTHENTICATED, address,
                    "too many WebSockets are waiting for their CONNECT; try again shortly");
        }
        // Counted now, not once the WebSocket is open: the 101 can reach the client before the container has
        // opened the session, and a client that hurries on to its next handshake must find this one counted.
        openPerAddress.computeIfAbsent(address, key -> new AtomicInteger()).incrementAndGet();
        unauthenticated.incrementAndGet();
        unauthenticatedPerAddress.computeIfAbsent(address, key -> new AtomicInteger()).incrementAndGet();
        attributes.put(ADDRESS, address);
        return true;
    }

    /** A handshake that did not become a WebSocket gives back what {@link #beforeHandshake} counted. */
    @Override
    public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
                               Exception exception) {
        boolean upgraded = exception == null && (!(response instanceof ServletServerHttpResponse servlet)
                || servlet.getServletResponse().getStatus() == HttpStatus.SWITCHING_PROTOCOLS.value());
        if (!upgraded) {
            String address = RemoteAddressRecorder.addressOf(request.getRemoteAddress());
            decrement(openPerAddress, address);
            release(address);
        }
    }

    @Override
    public WebSocketHandler decorate(WebSocketHandler handler) {
        return new WebSocketHandlerDecorator(handler) {
            @Override
            public void afterConnectionEstablished(WebSocketSession session) throws Exception {
                opened(session);
                super.afterConnectionEstablished(session);
            }

            @Override
            public void afterConnectionClosed(WebSocketSession session, CloseStatus closeStatus) throws Exception {
                closed(session);
                super.afterConnectionClosed(session, closeStatus);
            }
        };
    }

    /** A CONNECT of this session was accepted: its timer stops and it no longer counts as unauthenticated. */
    public void authenticated(String sessionId) {
        Pending waiting = sessionId == null ? null : pending.remove(sessionId);
        if (waiting != null) {
            waiting.timer().cancel(false);
            release(waiting.address());
        }
    }

    private void opened(WebSocketSession session) {
        String address = String.valueOf(session.getAttributes().getOrDefault(ADDRESS, RemoteAddressRecorder.addressOf(session.getRemoteAddress())));
        // compute() holds the entry while scheduling, so a timer that fires at once still finds it
        pending.compute(session.getId(), (id, previous) -> new Pending(address,
                scheduler.schedule(() -> closeUnlessConnected(session), Instant.now().plus(timeToConnect))));
        if (session instanceof NativeWebSocketSession nativeSession
                && nativeSession.getNativeSession() instanceof jakarta.websocket.Session container) {
            container.setMaxIdleTimeout(idleTimeout.toMillis());
        }
    }

    private void closed(WebSocketSession session) {
        String address = String.valueOf(session.getAttributes().getOrDefault(ADDRESS, RemoteAddressRecorder.addressOf(session.getRemoteAddress())));
        decrement(openPerAddress, address);
        authenticated(session.getId());
    }

    private void closeUnlessConnected(WebSocketSession session) {
        Pending waiting = pending.remove(session.getId());
        if (waiting == null) {
            return;
        }
        release(waiting.address());
        note(TIME_TO_CONNECT, "closed", waiting.address());
        try {
            session.close(CloseStatus.POLICY_VIOLATION.withReason("no CONNECT with a valid token within "
                    + timeToConnect.toSeconds() + " s"));
        } catch (IOException | RuntimeException alreadyGone) {
            // closed meanwhile by the client or the container: nothing left to do
        }
    }

    private void release(String address) {
        unauthenticated.decrementAndGet();
        decrement(unauthenticatedPerAddress, address);
    }

    private boolean refuse(ServerHttpResponse response, HttpStatus status, String limit, String address, String detail)
            throws IOException {
        note(limit, "refused", address);
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (status != HttpStatus.FORBIDDEN) {
            response.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, timeToConnect.toSeconds())));
        }
        response.getBody().write(("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
                + status.value() + ",\"code\":\"" + limit + "\",\"detail\":\"" + detail + "\"}")
                .getBytes(StandardCharsets.UTF_8));
        return false;
    }

    private void note(String limit, String action, String address) {
        RefusalLog log = refusalLogs.computeIfAbsent(limit + "/" + action, key -> new RefusalLog());
        long count = log.unlogged.incrementAndGet();
        long last = log.lastLogged.get();
        long now = System.nanoTime();
        boolean due = now - last >= LOG_INTERVAL_NANOS && log.lastLogged.compareAndSet(last, now);
        if (due) {
            log.unlogged.addAndGet(-count);
        }
        audit.limitExceeded(limit, action, due, count > 1 ? "(" + count + " since the last line)" : "-", "-", address);
    }

    /**
     * A serialised origin (RFC 6454): {@code null}, or a scheme, a host and at most a port, nothing else.
     * Spring's own origin check throws on some malformed values; this runs before it.
     */
    public static boolean isWellFormedOrigin(String origin) {
        if (origin.equals("null")) {
            return true;
        }
        if (origin.length() > 512) {
            return false;
        }
        try {
            URI uri = new URI(origin);
            return uri.getScheme() != null && uri.getHost() != null && uri.getRawUserInfo() == null
                    && (uri.getRawPath() == null || uri.getRawPath().isEmpty()) && uri.getRawQuery() == null
                    && uri.getRawFragment() == null && uri.getPort() <= 65_535;
        } catch (URISyntaxException malformed) {
            return false;
        }
    }

    private static int count(Map<String, AtomicInteger> counts, String address) {
        AtomicInteger count = counts.get(address);
        return count == null ? 0 : count.get();
    }

    private static void decrement(Map<String, AtomicInteger> counts, String address) {
        counts.computeIfPresent(address, (key, count) -> count.decrementAndGet() <= 0 ? null : count);
    }
}
