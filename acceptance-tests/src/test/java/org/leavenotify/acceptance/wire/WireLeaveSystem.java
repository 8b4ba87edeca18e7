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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import org.leavenotify.acceptance.steps.LeaveSystem;
import org.leavenotify.acceptance.steps.ListRefused;
import org.leavenotify.acceptance.steps.NewEmployee;
import org.leavenotify.acceptance.steps.Persona;
import org.leavenotify.acceptance.steps.Refusal;
import org.leavenotify.acceptance.steps.Refused;
import org.leavenotify.acceptance.steps.SeenNotification;
import org.leavenotify.domain.notification.NotificationType;
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
    private final Map<Persona, String> passes = new EnumMap<>(Persona.class);
    private final Map<String, String> passwords = new HashMap<>();
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
    public void markUnread(Persona who, String notificationId) {
        http.post("/api/notifications/" + notificationId + "/unread", token(who), null);
    }

    @Override
    public void archive(Persona who, String notificationId) {
        http.post("/api/notifications/" + notificationId + "/archive", token(who), null);
    }

    @Override
    public void unarchive(Persona who, String notificationId) {
        http.post("/api/notifications/" + notificationId + "/unarchive", token(who), null);
    }

    @Override
    public List<SeenNotification> archivedOf(Persona who) {
        JsonNode page = http.get("/api/notifications?limit=100&archived=true", token(who));
        return page.path("items").valueStream().map(WireLeaveSystem::seen).toList();
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
    public void addEmployee(Persona hr, NewEmployee employee) {
        Map<String, Object> body = new HashMap<>();
        body.put("username", employee.username());
        body.put("displayName", employee.displayName());
        body.put("roles", employee.roles());
        body.put("managerId", employee.managerUsername());
        body.put("annualAllowance", employee.annualDays());
        body.put("initialPassword", employee.password());
        http.post("/api/admin/employees", token(hr), body);
        passwords.put(employee.username(), employee.password());
    }

    /** As a CSV file with a header line, so the first person is on line 2 of the file. */
    @Override
    public List<String> addFromList(Persona hr, List<NewEmployee> people) {
        StringBuilder csv = new StringBuilder("username,displayName,roles,managerUsername,allowance,initialPassword\n");
        for (NewEmployee person : people) {
            csv.append(String.join(",", person.username(), person.displayName(), String.join("|", person.roles()),
                    person.managerUsername() == null ? "" : person.managerUsername(),
                    Integer.toString(person.annualDays()), person.password() == null ? "" : person.password()))
                    .append('\n');
        }
        Http.Answer answer = http.exchange("POST", "/api/employees/import", token(hr), "text/csv", csv.toString());
        if (answer.status() >= 400) {
            String code = answer.body().path("code").asString("");
            if (!code.equals("EmployeeImportRejected")) {
                throw new Refused(Refusal.fromCode(code), answer.status() + " " + answer.body().path("detail").asString(""));
            }
            List<Integer> lines = answer.body().path("errors").valueStream().map(error -> error.path("line").asInt() - 1)
                    .distinct().toList();
            throw new ListRefused(lines, answer.body().toString());
        }
        people.forEach(person -> passwords.put(person.username(), person.password()));
        return answer.body().path("created").valueStream().map(created -> created.path("username").asString()).toList();
    }

    @Override
    public void moveToTeam(Persona actor, Persona who, Persona manager) {
        http.put("/api/admin/employees/" + who.id() + "/manager", token(actor), Map.of("managerId", manager.id()));
    }

    @Override
    public void deactivate(Persona hr, Persona who) {
        http.post("/api/admin/employees/" + who.id() + "/deactivate", token(hr), null);
    }

    @Override
    public boolean exists(String username) {
        return http.status("/api/admin/employees/" + username, token(Persona.HANA)) == 200;
    }

    @Override
    public String managerOf(Persona who) {
        return http.get("/api/admin/employees/" + who.id(), token(Persona.HANA)).path("managerId").asString(null);
    }

    @Override
    public boolean canSignIn(Persona who, String password) {
        Http.Answer answer = http.exchange("POST", "/api/auth/login", null, "application/json",
                Http.JSON.writeValueAsString(Map.of("username", who.username(), "password", password)));
        return answer.status() == 200;
    }

    @Override
    public void signIn(Persona who) {
        passes.put(who, http.post("/api/auth/login", null, Map.of("username", who.username(), "password", who.password()))
                .path("accessToken").asString());
    }

    @Override
    public boolean passStillAccepted(Persona who) {
        return http.status("/api/leave-requests/mine", passes.get(who)) == 200;
    }

    @Override
    public void changeOwnPassword(Persona who, String currentPassword, String newPassword) {
        Http.Answer answer = http.exchange("POST", "/api/me/password", token(who), "application/json",
                Http.JSON.writeValueAsString(Map.of("currentPassword", currentPassword, "newPassword", newPassword)));
        if (answer.status() >= 400) {
            throw new Refused(Refusal.fromCode(answer.body().path("code").asString("")),
                    answer.status() + " " + answer.body().path("detail").asString(""));
        }
    }

    @Override
    public List<String> pendingTeamRequestsOf(Persona manager) {
        return http.get("/api/leave-requests/team?status=PENDING", token(manager)).valueStream()
                .map(request -> request.path("id").asString()).toList();
    }

    @Override
    public BigDecimal workingDaysOf(Persona owner, String requestId) {
        return http.get("/api/leave-requests/" + requestId, token(owner)).path("workingDays").decimalValue();
    }

    @Override
    public void declareHoliday(Persona hr, LocalDate date, String name) {
        http.put("/api/admin/holidays/" + date, token(hr), Map.of("name", name));
    }

    @Override
    public void removeHoliday(Persona hr, LocalDate date) {
        http.delete("/api/admin/holidays/" + date, token(hr));
    }

    @Override
    public String disconnectionOf(Persona who, String device) {
        return devices.get(key(who, device)).awaitClosedByServer(PATIENCE);
    }

    @Override
    public void close() {
        devices.values().forEach(StompDevice::goOffline);
    }

    static SeenNotification seen(JsonNode json) {
        return new SeenNotification(json.path("id").asString(), NotificationType.valueOf(json.path("type").asString()),
                json.path("recipientId").asString(), json.path("actor").path("id").asString(),
                json.path("leaveRequestId").asString(null), json.path("title").asString(),
                json.path("message").asString(), json.path("read").asBoolean());
    }

    /** A pass for the person, with the password they were given (the demo's, or the one HR gave them). */
    private String token(Persona who) {
        return tokens.computeIfAbsent(who, p -> http.post("/api/auth/login", null,
                Map.of("username", p.username(), "password", passwords.getOrDefault(p.username(), p.password())))
                .path("accessToken").asString());
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
