package org.leavenotify.acceptance.wire;

import static org.leavenotify.acceptance.wire.WireWorld.*;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import org.leavenotify.acceptance.steps.Sessions;
import org.leavenotify.acceptance.steps.Persona;
import org.leavenotify.acceptance.steps.Refusal;
import org.leavenotify.acceptance.steps.Refused;
import org.leavenotify.testsupport.StompTestClient;

/** Signing in, passes and passwords over HTTP; listening to someone else's notifications and forged or expired passes over STOMP. */
class WireSessions implements Sessions {

    private final WireWorld world;
    private final Http http;
    private final String jwtSecret;
    private final Map<Persona, String> passes;

    WireSessions(WireWorld world) {
        this.world = world;
        this.http = world.http();
        this.jwtSecret = world.jwtSecret();
        this.passes = world.passes();
    }

    /** Subscribing to someone else's user destination is refused with an ERROR frame. */
    @Override
    public void listenTo(Persona listener, Persona owner) {
        StompTestClient.Session session = StompDevice.connect(world.stomp(), token(listener));
        session.subscribeWithoutWaiting("/user/" + owner.username() + "/queue/notifications");
        String message = call(() -> session.firstError().get(PATIENCE.toSeconds(), TimeUnit.SECONDS));
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

    private void refuseConnection(String token) {
        try {
            StompDevice.connect(world.stomp(), token).disconnect();
        } catch (StompDevice.StompRefused refused) {
            String message = String.valueOf(refused.getMessage()).toLowerCase();
            Refusal refusal = message.contains("expired") ? Refusal.EXPIRED_PASS
                    : message.contains("signature") ? Refusal.FORGED_PASS : Refusal.OTHER;
            throw new Refused(refusal, refused.getMessage());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String token(Persona who) {
        return world.token(who);
    }
}
