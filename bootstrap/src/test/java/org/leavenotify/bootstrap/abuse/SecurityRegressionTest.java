package org.leavenotify.bootstrap.abuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import javax.crypto.spec.SecretKeySpec;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.jsonwebtoken.Jwts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.leavenotify.application.leave.port.out.EmployeeDirectoryPort;
import org.leavenotify.bootstrap.LeaveNotifyApplication;
import org.leavenotify.bootstrap.reliability.Api;
import org.leavenotify.testsupport.RawWebSocket;
import org.leavenotify.testsupport.StompFrameClient;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The security regression suite of issue 16: one test per attack class that an outside review found working,
 * each named after the attack, each asserting the refusal and that a canary keeps being served while the
 * attack runs (Bob's session told of Alice's requests; logins answered within a second). Forwarded headers
 * are trusted from 127.0.0.1 here, as from a proxy on the same machine, so that each attacker gets an address
 * of its own ({@code X-Forwarded-For}) and the canary keeps its own.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(classes = LeaveNotifyApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"leavenotify.store=mongodb",
                "leavenotify.embedded-store.data-dir=target/web-test-data/${random.uuid}",
                "server.forward-headers-strategy=native",
                "leavenotify.websocket.time-to-connect=2s",
                "leavenotify.jwt.secret=" + SecurityRegressionTest.SECRET})
class SecurityRegressionTest {

    static final String SECRET = "q6Pc2yN0tqNnD7YxZ3m8R1vUeJ5wKbHs9LfAiGoT4dE=";

    @LocalServerPort
    int port;

    private Api api;
    private Canary canary;

    @BeforeEach
    void startTheCanary() {
        api = new Api(HttpClient.newHttpClient(), port);
        canary = new Canary(api, port);
        canary.check();
    }

    @AfterEach
    void theCanaryWasServedThroughout() {
        canary.check();
        assertLoginWithinASecond();
        canary.close();
    }

    @Test
    void anonymousConnectionExhaustion_halfOpenWebSocketsAreCappedAndClosedAtTheirDeadline() throws Exception {
        List<RawWebSocket> accepted = new ArrayList<>();
        int refused = 0;
        long started = System.nanoTime();
        try {
            for (int i = 0; i < 3_000; i++) {
                RawWebSocket socket = handshake("203.0.113.1", null);
                String head = socket.readHead();
                if (head.contains(" 101 ")) {
                    // one incomplete STOMP byte, then nothing
                    socket.sendBytes(new byte[] {(byte) 0x81, (byte) 0x81, 1, 2, 3, 4, (byte) ('C' ^ 1)});
                    accepted.add(socket);
                } else {
                    assertThat(head).contains(" 429 ");
                    refused++;
                    socket.close();
                }
                if (i % 500 == 0) {
                    assertLoginWithinASecond();
                    canary.check();
                }
            }

            // at most 50 at once from one address, each closed 2 s after its handshake: over the run, at most
            // 50 for every 2 s it lasted (and 50 to start with)
            long rounds = 1 + TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started) / 2 + 1;
            assertThat(accepted).as("half-open WebSockets from one address, 50 at a time").hasSizeLessThanOrEqualTo(
                    (int) (50 * rounds));
            assertThat(refused).isEqualTo(3_000 - accepted.size()).isGreaterThan(2_000);
            for (RawWebSocket socket : accepted) {
                assertThat(socket.awaitCloseCode()).as("closed by the server at the time-to-connect").isIn(1008, -1);
            }
        } finally {
            for (RawWebSocket socket : accepted) {
                socket.close();
            }
        }
    }

    @Test
    void loginThrottleBypass_noSpellingOfTheLoginPathEscapesTheThrottleOrTheAudit() throws Exception {
        List<String> spellings = List.of("/api/auth/login", "/api/auth//login", "//api/auth/login", "/api/auth/login/",
                "/api/auth/./login", "/api/auth/x/../login", "/api/auth/login;x=1", "/api/auth;x/login",
                "/API/auth/login", "/api/auth/%6cogin", "/api/auth/login%2F", "/api/%61uth/login", "/api/auth/login?x=1",
                "/api/auth/login.json", "/api/auth/%2e/login");
        int address = 10;
        for (String spelling : spellings) {
            String attacker = "198.51.100." + address++;
            boolean reachedTheLogin = false;
            for (int i = 0; i < 20; i++) {
                String answer = rawPostAnswer(spelling, attacker, "{\"username\": \"carol\", \"password\": \"guess"
                        + i + "\"}");
                int status = Integer.parseInt(answer.substring(9, 12));
                assertThat(status).as(spelling).isNotEqualTo(200).isLessThan(500);
                // the login's own refusals; a 401 for a missing bearer token means the path is not the login's
                reachedTheLogin |= answer.contains("BAD_CREDENTIALS") || answer.contains("TooManyLoginFailures")
                        || answer.contains("\"LOCKED\"");
            }
            if (reachedTheLogin) {
                assertThat(rawPost("/api/auth/login", attacker, "{\"username\": \"carol\", \"password\": \"demo\"}"))
                        .as("after 20 wrong passwords through %s the address is throttled", spelling).isEqualTo(429);
            }
        }
    }

    @Test
    void lockoutOfAnotherUser_guessesFromElsewhereNeverMakeTheRightPasswordFailForItsOwner() throws Exception {
        for (int i = 0; i < 30; i++) {
            rawPost("/api/auth/login", "203.0.113.66", "{\"username\": \"carol\", \"password\": \"wrong" + i + "\"}");
        }
        assertThat(rawPost("/api/auth/login", "203.0.113.66", "{\"username\": \"carol\", \"password\": \"demo\"}"))
                .as("the guesser").isEqualTo(429);

        long started = System.nanoTime();
        assertThat(rawPost("/api/auth/login", "192.0.2.44", "{\"username\": \"carol\", \"password\": \"demo\"}"))
                .as("carol, from her own address").isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void demoUsersInARealDatabase_aStoreGivenByUriNeverGetsThem() {
        MongoServer store = new MongoServer(new MemoryBackend());
        InetSocketAddress address = store.bind();
        try (ConfigurableApplicationContext other = new SpringApplicationBuilder(LeaveNotifyApplication.class)
                .run("--server.port=0", "--spring.main.banner-mode=off",
                        "--spring.mongodb.uri=mongodb://127.0.0.1:" + address.getPort() + "/company")) {
            EmployeeDirectoryPort directory = other.getBean(EmployeeDirectoryPort.class);

            for (String demo : List.of("alice", "bob", "carol", "hana")) {
                assertThat(directory.findByUsername(demo)).as(demo).isEmpty();
            }
        } finally {
            store.shutdownNow();
        }
    }

    @Test
    void spoofedForwardedHeaders_fromAnAddressThatIsNotTheTrustedProxyAreIgnored() throws Exception {
        try (ConfigurableApplicationContext other = new SpringApplicationBuilder(LeaveNotifyApplication.class)
                .run("--server.port=0", "--spring.main.banner-mode=off", "--leavenotify.store=in-memory",
                        "--server.forward-headers-strategy=native",
                        "--server.tomcat.remoteip.internal-proxies=10\\.0\\.0\\.5")) {
            int otherPort = Integer.parseInt(other.getEnvironment().getProperty("local.server.port"));
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 22; i++) {
                // every guess claims another client address; 127.0.0.1 is not the trusted proxy
                statuses.add(rawPost(otherPort, "/api/auth/login", "198.18.0." + i,
                        "{\"username\": \"carol\", \"password\": \"wrong" + i + "\"}"));
            }

            // honoured, each guess would come from an address of its own and never be throttled
            assertThat(statuses.subList(0, 5)).containsOnly(401);
            assertThat(statuses.subList(5, 22)).as("all counted on the real address").containsOnly(429);
        }
    }

    @Test
    void oneSmallNumberExhaustsMemory_exponentNotationIsRefusedShortlyInEveryNumericField() throws Exception {
        String hr = api.logIn("hana");
        List<Api.Answer> answers = new ArrayList<>();
        List<String> numbers = List.of("1e999999999", "-1E+999999999", "1e-999999999", "9".repeat(900));
        for (String number : numbers) {
            answers.add(api.send(api.request("/api/admin/employees/alice/allowances/2027", hr)
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"annualAllowance\": " + number + "}"))));
            answers.add(api.post("/api/admin/employees", hr, "{\"username\": \"n" + ThreadLocalRandom.current()
                    .nextInt(1_000_000) + "\", \"displayName\": \"N\", \"roles\": [\"EMPLOYEE\"], \"managerId\": \"bob\", "
                    + "\"annualAllowance\": " + number + ", \"initialPassword\": \"plum kettle orbit 38\"}"));
            answers.add(api.send(api.request("/api/employees/import", hr).header("Content-Type", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofString("username,displayName,roles,managerUsername,allowance\n"
                            + "numbers,Numbers,EMPLOYEE,bob," + number + "\n"))));
            answers.add(api.get("/api/notifications?limit=" + number, hr));
            answers.add(api.get("/api/leave-balances/mine?year=" + number, hr));
            answers.add(api.send(api.request("/api/admin/employees/alice/allowances/" + number, hr)
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"annualAllowance\": 25}"))));
        }

        for (Api.Answer answer : answers) {
            assertThat(answer.status()).as(answer.body()).isEqualTo(400);
            assertThat(answer.body().length()).as("a short refusal").isLessThan(2_000);
        }
        // and over STOMP: a list request's limit, answered on the session's error queue
        try (RawWebSocket socket = RawWebSocket.open(port, null, 0)) {
            socket.sendText("CONNECT\naccept-version:1.2\nhost:localhost\nAuthorization:Bearer " + hr + "\n\n\0");
            assertThat(socket.receive().text()).startsWith("CONNECTED");
            socket.sendText("SUBSCRIBE\nid:errors\ndestination:/user/queue/errors\nreceipt:s\n\n\0");
            assertThat(socket.receive().text()).startsWith("RECEIPT");
            for (String number : numbers) {
                socket.sendText("SEND\ndestination:/app/notifications\ncontent-type:application/json\n\n{\"limit\": "
                        + number + "}\0");
                String reply = socket.receive().text();
                assertThat(reply).as(number.substring(0, Math.min(12, number.length()))).startsWith("MESSAGE")
                        .contains("\"status\":400");
                assertThat(reply.length()).as("a short refusal").isLessThan(2_000);
            }
        }
    }

    @Test
    void anonymousLogFlooding_aMalformedOriginIsA403AndNoStackTrace(CapturedOutput output) throws Exception {
        int before = output.getOut().length();
        for (int i = 0; i < 300; i++) {
            RawWebSocket socket = handshake("203.0.113.77", i % 2 == 0 ? "http://[::1" : "http://exa mple.com/" + i);
            assertThat(socket.readHead()).contains(" 403 ");
            socket.close();
        }

        String logged = output.getOut().substring(before);
        assertThat(logged).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(logged.lines().filter(line -> line.contains("malformed-origin")).count())
                .as("one line a minute, not one per request").isLessThanOrEqualTo(1);
    }

    @Test
    void weakPasswords_areRefusedAndCurrentPasswordGuessesAreThrottled() {
        String carol = api.logIn("carol");
        for (String weak : List.of("password12", "aaaaaaaaaa", "carolcarol", "leavenotify1", "demo")) {
            Api.Answer answer = api.post("/api/me/password", carol,
                    "{\"currentPassword\": \"demo\", \"newPassword\": \"" + weak + "\"}");
            assertThat(answer.status()).as(weak).isEqualTo(400);
            assertThat(answer.body()).as(weak).containsAnyOf("PasswordTooWeak", "PasswordTooShort");
        }
        List<Integer> guesses = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            guesses.add(api.post("/api/me/password", carol, "{\"currentPassword\": \"guess" + i
                    + "\", \"newPassword\": \"plum kettle orbit 38\"}").status());
        }
        assertThat(guesses.subList(0, 5)).containsOnly(403);
        assertThat(guesses.subList(5, 7)).containsOnly(429);
    }

    @Test
    void forgedClaims_tokensIssuedInTheFutureOrLivingTenYearsAreRefused() {
        var key = new SecretKeySpec(Base64.getDecoder().decode(SECRET), "HmacSHA256");
        Instant now = Instant.now();
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("NOT_YET_VALID_TOKEN", Jwts.builder().header().type("at+jwt").and().issuer("leave-notify")
                .audience().single("leave-notify-api").subject("hana").claim("roles", List.of("HR_ADMIN"))
                .issuedAt(Date.from(now.plusSeconds(600))).expiration(Date.from(now.plusSeconds(3000)))
                .id("future").signWith(key, Jwts.SIG.HS256).compact());
        tokens.put("LIFETIME_TOO_LONG", Jwts.builder().header().type("at+jwt").and().issuer("leave-notify")
                .audience().single("leave-notify-api").subject("hana").claim("roles", List.of("HR_ADMIN"))
                .issuedAt(Date.from(now)).expiration(Date.from(now.plus(Duration.ofDays(3650))))
                .id("ten-years").signWith(key, Jwts.SIG.HS256).compact());

        tokens.forEach((reason, token) -> {
            Api.Answer answer = api.get("/api/notifications", token);
            assertThat(answer.status()).as(reason).isEqualTo(401);
            assertThat(answer.body()).as(reason).contains(reason);
        });
    }

    @Test
    void noRevocation_everyKindOfChangeEndsEarlierTokensAndClosesOpenSessions() {
        String hr = api.logIn("hana");
        String suffix = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
        Map<String, java.util.function.Consumer<String>> changes = new LinkedHashMap<>();
        changes.put("pw" + suffix, username -> assertThat(api.post("/api/me/password", api.logIn(username,
                "plum kettle orbit 38").ok().json().get("accessToken").asString(), "{\"currentPassword\": "
                + "\"plum kettle orbit 38\", \"newPassword\": \"quiet lantern harbour 71\"}").status()).isEqualTo(204));
        changes.put("reset" + suffix, username -> assertThat(api.send(api.request("/api/admin/employees/" + username
                + "/password", hr).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(
                "{\"newPassword\": \"quiet lantern harbour 71\"}"))).status()).isBetween(200, 204));
        changes.put("roles" + suffix, username -> assertThat(api.send(api.request("/api/admin/employees/" + username
                + "/roles", hr).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(
                "{\"roles\": [\"EMPLOYEE\", \"MANAGER\"]}"))).status()).isEqualTo(200));
        changes.put("gone" + suffix, username -> assertThat(api.post("/api/admin/employees/" + username + "/deactivate",
                hr, null).status()).isEqualTo(200));

        changes.forEach((username, change) -> {
            assertThat(api.post("/api/admin/employees", hr, "{\"username\": \"" + username + "\", \"displayName\": "
                    + "\"Test Person\", \"roles\": [\"EMPLOYEE\"], \"managerId\": \"bob\", \"annualAllowance\": 25, "
                    + "\"initialPassword\": \"plum kettle orbit 38\"}").status()).as(username).isEqualTo(201);
            String earlier = api.logIn(username, "plum kettle orbit 38").ok().json().get("accessToken").asString();
            StompFrameClient session = StompFrameClient.connect(api.http(), port, earlier);

            change.accept(username);

            Api.Answer refused = api.get("/api/notifications", earlier);
            assertThat(refused.status()).as(username).isEqualTo(401);
            assertThat(refused.body()).as(username).containsAnyOf("REVOKED_TOKEN", "INACTIVE_USER");
            assertThat(session.nextCommand("ERROR").headers().toString()).as(username)
                    .containsAnyOf("REVOKED_TOKEN", "INACTIVE_USER");
            session.awaitClosed();
        });
    }

    @Test
    void exposure_everyAnswerCarriesTheBrowserSecurityHeaders() {
        for (String path : List.of("/", "/api/notifications", "/api/auth/login", "/swagger-ui/index.html")) {
            Api.Answer answer = api.get(path, null);
            assertThat(answer.headers().firstValue("Content-Security-Policy")).as(path).get().asString()
                    .contains("default-src 'self'").contains("frame-ancestors 'none'");
            assertThat(answer.headers().firstValue("Referrer-Policy")).as(path).contains("no-referrer");
            assertThat(answer.headers().firstValue("Permissions-Policy")).as(path).get().asString()
                    .contains("camera=()");
        }
    }

    @Test
    void unnormalisedDestinations_aSendToAnotherSpellingOfAHandlerIsRefused() throws Exception {
        String carol = api.logIn("carol");
        for (String destination : List.of("/app/x/../notifications", "/app//notifications", "/app/%6Eotifications",
                "/app/notifications/")) {
            try (RawWebSocket socket = RawWebSocket.open(port, null, 0)) {
                socket.sendText("CONNECT\naccept-version:1.2\nhost:localhost\nAuthorization:Bearer " + carol + "\n\n\0");
                assertThat(socket.receive().text()).startsWith("CONNECTED");
                socket.sendText("SEND\ndestination:" + destination + "\nreceipt:r\n\n{}\0");

                assertThat(socket.receive().text()).as(destination).startsWith("ERROR")
                        .contains("ACCESS_DENIED: SEND to " + destination + " is not allowed");
            }
        }
    }

    @Test
    void csvImportCost_anImportWithManyDistinctPasswordsIsRefusedBeforeAnyHash() {
        String hr = api.logIn("hana");
        StringBuilder csv = new StringBuilder("username,displayName,roles,managerUsername,allowance,initialPassword\n");
        for (int i = 0; i < 51; i++) {
            csv.append("costly").append(i).append(",Costly ").append(i).append(",EMPLOYEE,bob,25,plum kettle orbit ")
                    .append(i).append('\n');
        }
        long started = System.nanoTime();

        Api.Answer answer = api.send(api.request("/api/employees/import", hr).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv.toString())));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("51 different initial passwords").contains("at most 50");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("refused before hashing")
                .isLessThan(Duration.ofSeconds(2));
    }

    private void assertLoginWithinASecond() {
        long started = System.nanoTime();
        api.logIn("alice", "demo").ok();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("a login while under attack")
                .isLessThan(Duration.ofSeconds(1));
    }

    /** A WebSocket upgrade request for /ws, written by hand, coming (says the proxy) from {@code forwardedFor}. */
    private RawWebSocket handshake(String forwardedFor, String origin) throws IOException {
        return RawWebSocket.requestUpgrade(port, origin, "X-Forwarded-For: " + forwardedFor);
    }

    private int rawPost(String path, String forwardedFor, String json) throws IOException {
        return rawPost(port, path, forwardedFor, json);
    }

    private static int rawPost(int port, String path, String forwardedFor, String json) throws IOException {
        return Integer.parseInt(rawPostAnswer(port, path, forwardedFor, json).substring(9, 12));
    }

    private String rawPostAnswer(String path, String forwardedFor, String json) throws IOException {
        return rawPostAnswer(port, path, forwardedFor, json);
    }

    /** A POST written by hand, so that the path is sent exactly as spelled; the whole answer. */
    private static String rawPostAnswer(int port, String path, String forwardedFor, String json) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(15_000);
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            String request = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Type: application/json"
                    + "\r\nContent-Length: " + body.length + "\r\nX-Forwarded-For: " + forwardedFor
                    + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().write(body);
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
