package org.leavenotify.acceptance.wire;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Date;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import org.leavenotify.acceptance.steps.LeaveSystem;
import org.leavenotify.acceptance.steps.Persona;
import org.leavenotify.acceptance.steps.Refusal;
import org.leavenotify.acceptance.steps.Refused;
import org.leavenotify.acceptance.steps.SeenNotification;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.web.socket.messaging.WebSocketStompClient;
import tools.jackson.databind.JsonNode;

/**
 * Speaks the real protocols to the running application: JSON over HTTP for actions and reads, STOMP over
 * WebSocket for devices. Every person logs in with their password, as a client would.
 */
final class WireLeaveSystem implements LeaveSystem {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final Http http;
    private final String stompUrl;
    private final WebSocketStompClient stompClient;
    private final String jwtSecret;
    private final Map<Persona, String> tokens = new EnumMap<>(Persona.class);
    private final Map<String, StompDevice> devices = new LinkedHashMap<>();

    WireLeaveSystem(int port, WebSocketStompClient stompClient, String jwtSecret) {
        this.http = new Http("http://localhost:" + port);
        this.stompUrl = "ws://localhost:" + port + "/ws";
        this.stompClient = stompClient;
        this.jwtSecret = jwtSecret;
    }

    @Override
    public LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    @Override
    public String submit(Persona who, String leaveType, LocalDate start, LocalDate end) {
        return http.post("/api/leave-requests", token(who), Map.of("type", leaveType, "startDate", start.toString(),
                "endDate", end.toString(), "reason", "Time off")).path("id").asString();
    }

    @Override
    public void approve(Persona who, String requestId) {
        http.post("/api/leave-requests/" + requestId + "/approve", token(who), Map.of());
    }

    @Override
    public void reject(Persona who, String requestId, String reason) {
        http.post("/api/leave-requests/" + requestId + "/reject", token(who), Map.of("reason", reason));
    }

    @Override
    public void cancel(Persona who, String requestId) {
        http.post("/api/leave-requests/" + requestId + "/cancel", token(who), Map.of());
    }

    @Override
    public String statusOf(Persona owner, String requestId) {
        return http.get("/api/leave-requests/" + requestId, token(owner)).path("status").asString();
    }

    @Override
    public BigDecimal annualLeaveLeft(Persona who, int year) {
        for (JsonNode balance : http.get("/api/leave-balances/mine?year=" + year, token(who))) {
            if (balance.path("type").asString().equals("ANNUAL")) {
                return balance.path("remaining").decimalValue();
            }
        }
        throw new AssertionError("no ANNUAL balance for " + who);
    }

    @Override
    public List<SeenNotification> notificationsOf(Persona who) {
        JsonNode page = http.get("/api/notifications?limit=100", token(who));
        return page.path("items").valueStream().map(WireLeaveSystem::seen).toList();
    }

    @Override
    public long unreadCount(Persona who) {
        return http.get("/api/notifications/unread-count", token(who)).path("unreadCount").asLong();
    }

    @Override
    public void markRead(Persona who, String notificationId) {
        http.post("/api/notifications/" + notificationId + "/read", token(who), null);
    }

    @Override
    public void markAllRead(Persona who) {
        http.post("/api/notifications/read-all", token(who), null);
    }

    @Override
    public void goOnline(Persona who, String device) {
        StompDevice connected = devices.computeIfAbsent(key(who, device), k -> new StompDevice(stompClient, stompUrl));
        run(() -> connected.goOnline(token(who)));
    }

    @Override
    public void goOffline(Persona who, String device) {
        devices.get(key(who, device)).goOffline();
    }

    @Override
    public void comeBackOnline(Persona who, String device) {
        StompDevice back = devices.get(key(who, device));
        run(() -> back.comeBackOnline(token(who)));
    }

    @Override
    public List<SeenNotification> shownOn(Persona who, String device, int atLeast) {
        return devices.get(key(who, device)).awaitShown(atLeast, PATIENCE);
    }

    @Override
    public List<SeenNotification> shownToAnyDeviceOf(Persona who) {
        return devices.entrySet().stream().filter(e -> e.getKey().startsWith(who.id() + "/"))
                .flatMap(e -> e.getValue().shown().stream()).toList();
    }

    @Override
    public long unreadCountShownOn(Persona who, String device, long expected) {
        return devices.get(key(who, device)).awaitUnreadCount(expected, PATIENCE);
    }

    /** Subscribing to someone else's user destination is refused with an ERROR frame. */
    @Override
    public void listenTo(Persona listener, Persona owner) {
        CompletableFuture<String> error = new CompletableFuture<>();
        StompSession session = call(() -> StompDevice.connect(stompClient, stompUrl, token(listener), error));
        session.subscribe("/user/" + owner.username() + "/queue/notifications", new org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter() {
        });
        String message = call(() -> error.get(PATIENCE.toSeconds(), TimeUnit.SECONDS));
        throw new Refused(Refusal.NOT_ALLOWED, message);
    }

    @Override
    public void connectWithExpiredPass(Persona who) {
        Instant issued = Instant.now().minus(Duration.ofHours(2));
        String expired = Jwts.builder().subject(who.id()).claim("roles", List.of("EMPLOYEE"))
                .issuer("leave-notify").audience().add("leave-notify-api").and()
                .issuedAt(Date.from(issued)).expiration(Date.from(issued.plus(Duration.ofHours(1))))
                .signWith(Keys.hmacShaKeyFor(Base64.getDecoder().decode(jwtSecret)), Jwts.SIG.HS256).compact();
        refuseConnection(expired);
    }

    @Override
    public void connectWithForgedPass(Persona who) {
        byte[] otherKey = "a key that is not the server's key, 32+ bytes long".getBytes(StandardCharsets.UTF_8);
        String forged = Jwts.builder().subject(who.id()).claim("roles", List.of("EMPLOYEE", "HR_ADMIN"))
                .issuer("leave-notify").audience().add("leave-notify-api").and()
                .issuedAt(new Date()).expiration(Date.from(Instant.now().plus(Duration.ofHours(1))))
                .signWith(Keys.hmacShaKeyFor(otherKey), Jwts.SIG.HS256).compact();
        refuseConnection(forged);
    }

    private void refuseConnection(String token) {
        try {
            StompSession session = StompDevice.connect(stompClient, stompUrl, token, new CompletableFuture<>());
            session.disconnect();
        } catch (StompDevice.StompRefused refused) {
            String message = String.valueOf(refused.getMessage()).toLowerCase();
            Refusal refusal = message.contains("expired") ? Refusal.EXPIRED_PASS
                    : message.contains("signature") ? Refusal.FORGED_PASS : Refusal.OTHER;
            throw new Refused(refusal, refused.getMessage());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        devices.values().forEach(StompDevice::goOffline);
    }

    static SeenNotification seen(JsonNode json) {
        return new SeenNotification(json.path("id").asString(), json.path("type").asString(),
                json.path("recipientId").asString(), json.path("actor").path("id").asString(),
                json.path("leaveRequestId").asString(null), json.path("title").asString(),
                json.path("message").asString(), json.path("read").asBoolean());
    }

    private String token(Persona who) {
        return tokens.computeIfAbsent(who, p -> http.post("/api/auth/login", null,
                Map.of("username", p.username(), "password", "demo")).path("accessToken").asString());
    }

    private static String key(Persona who, String device) {
        return who.id() + "/" + device;
    }

    private interface Action {
        void run() throws Exception;
    }

    private interface Call<T> {
        T call() throws Exception;
    }

    private static void run(Action action) {
        call(() -> {
            action.run();
            return null;
        });
    }

    private static <T> T call(Call<T> call) {
        try {
            return call.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
