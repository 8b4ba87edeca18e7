package org.leavenotify.acceptance.wire;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.leavenotify.acceptance.steps.Persona;
import org.leavenotify.acceptance.steps.SeenNotification;
import org.leavenotify.domain.notification.NotificationType;
import org.leavenotify.testsupport.StompTestClient;
import tools.jackson.databind.JsonNode;

/**
 * One scenario's world over the wire: an HTTP client and a pass per person (each logs in with their
 * password, as a client would), and the STOMP devices people hold. The drivers of each capability share it.
 */
class WireWorld implements AutoCloseable {

    static final Duration PATIENCE = Duration.ofSeconds(10);

    private final Http http;
    private final StompTestClient stomp;
    private final String jwtSecret;
    private final Map<Persona, String> tokens = new EnumMap<>(Persona.class);
    private final Map<Persona, String> passes = new EnumMap<>(Persona.class);
    private final Map<String, String> passwords = new HashMap<>();
    private final Map<String, StompDevice> devices = new LinkedHashMap<>();
    private final Clock clock;

    WireWorld(int port, String jwtSecret, Clock clock) {
        this.clock = clock;
        this.http = new Http("http://localhost:" + port);
        this.stomp = new StompTestClient(port);
        this.jwtSecret = jwtSecret;
    }

    @Override
    public void close() {
        devices.values().forEach(StompDevice::goOffline);
        stomp.close();
    }

    static SeenNotification seen(JsonNode json) {
        return new SeenNotification(json.path("id").asString(), NotificationType.valueOf(json.path("type").asString()),
                json.path("recipientId").asString(), json.path("actor").path("id").asString(),
                json.path("leaveRequestId").asString(null), json.path("title").asString(),
                json.path("message").asString(), json.path("read").asBoolean());
    }

    // Accessors, not fields, for the drivers: they hold the scenario-scoped proxy of this world.

    public Http http() {
        return http;
    }

    /** The STOMP client every device and session of this scenario connects with. */
    public StompTestClient stomp() {
        return stomp;
    }

    public String jwtSecret() {
        return jwtSecret;
    }

    /** Today for the application (whose clock a scenario may have moved on), in UTC as the demo's leave rules. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    public Map<Persona, String> passes() {
        return passes;
    }

    public Map<String, String> passwords() {
        return passwords;
    }

    public Map<String, StompDevice> devices() {
        return devices;
    }

    /** A pass for the person, with the password they were given (the demo's, or the one HR gave them). */
    public String token(Persona who) {
        return tokens.computeIfAbsent(who, p -> http.post("/api/auth/login", null,
                Map.of("username", p.username(), "password", passwords.getOrDefault(p.username(), p.password())))
                .path("accessToken").asString());
    }

    /** Everyone's pass is forgotten, so that each signs in again (their passes expired while days went by). */
    public void forgetPasses() {
        tokens.clear();
    }

    static String key(Persona who, String device) {
        return who.id() + "/" + device;
    }

    interface Action {
        void run() throws Exception;
    }

    interface Call<T> {
        T call() throws Exception;
    }

    static void run(Action action) {
        call(() -> {
            action.run();
            return null;
        });
    }

    static <T> T call(Call<T> call) {
        try {
            return call.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
