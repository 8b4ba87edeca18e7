package org.leavenotify.bootstrap.abuse;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leavenotify.bootstrap.LeaveNotifyApplication;
import org.leavenotify.bootstrap.reliability.Api;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A REST fuzzer against the running application: malformed JSON, wrong types, oversized bodies, path
 * traversal and other people's ids in paths, huge and repeated query values, wrong methods and media
 * types, and seeded mutations of valid bodies. Carol sends them all. Every answer must be a client
 * error or a success, never a 5xx; errors under {@code /api} are problem+json; no answer contains Alice's
 * requests; Bob's canary session keeps being told of Alice's requests throughout.
 */
@SpringBootTest(classes = LeaveNotifyApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"leavenotify.store=mongodb",
                "leavenotify.embedded-store.data-dir=target/web-test-data/${random.uuid}"})
class RestFuzzTest {

    /** Mutated bodies in the short form; {@code -Dabuse.requests=20000} for the long form. */
    private static final int MUTATED_BODIES = Integer.getInteger("abuse.requests", 400);

    private static final String VALID_SUBMIT = "{\"type\": \"UNPAID\", \"startDate\": \"2031-03-04\", "
            + "\"endDate\": \"2031-03-04\", \"reason\": \"fuzz\"}";

    @LocalServerPort
    int port;

    private Api api;
    private String carol;
    private Canary canary;
    private int sent;
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private final List<String> answers = new ArrayList<>();

    @BeforeEach
    void startTheCanary() {
        api = new Api(HttpClient.newHttpClient(), port);
        carol = api.logIn("carol");
        canary = new Canary(api, port);
        canary.check();
    }

    @AfterEach
    void theCanaryWasToldEveryTimeAndNoAnswerShowedAlicesRequests() {
        canary.check();
        canary.close();
        for (String answer : answers) {
            for (String aliceRequest : canary.requestIds()) {
                // a problem's detail and instance may repeat the id Carol sent; nothing else may show it
                String beyondTheEcho = answer.replaceAll("\"(detail|instance)\":\"[^\"]*\"", "");
                assertThat(beyondTheEcho).as("an answer to Carol").doesNotContain(aliceRequest);
            }
            assertThat(answer).doesNotContain("\"employeeId\":\"alice\"").doesNotContain("\"recipientId\":\"bob\"");
        }
        assertThat(api.get("/actuator/health", null).status()).isEqualTo(200);
        System.out.println("ABUSE-FIGURES rest-requests=" + sent + " statuses=" + statuses + " canary-checks="
                + canary.checks() + " canary-max-latency-us=" + canary.maxLatencyMicros());
    }

    @Test
    void malformedWronglyTypedAndOversizedBodiesAreAnsweredWithA400Problem() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        String[] bodies = {"", "{", "}", "[]", "null", "123", "\"text\"", "{\"type\":}", "{\"type\": \"ANNUAL\",}",
                "{\"type\": \"ANNUAL\" \"startDate\": 1}", deep, "{\"a\":" + deep + "}", "1e999999999",
                "{\"type\": 1, \"startDate\": true, \"endDate\": [], \"reason\": {}}",
                "{\"type\": \"HOLIDAY\", \"startDate\": \"2031-02-30\", \"endDate\": \"tomorrow\"}",
                "{\"type\": \"UNPAID\", \"startDate\": \"2031-03-04\", \"endDate\": \"2031-03-03\"}",
                "{\"type\": \"UNPAID\", \"startDate\": \"99999-01-01\", \"endDate\": \"99999-01-01\"}",
                "{\"type\": \"UNPAID\", \"startDate\": \"2031-03-04\", \"endDate\": \"2031-03-04\", \"reason\": \""
                        + "r".repeat(60_000) + "\"}",
                "{\"username\": {\"$ne\": null}, \"password\": {\"$gt\": \"\"}}",
                "{\"comment\": [1, 2, 3], \"reason\": 42}",
                "\u0000\u0001\u0002", "{\"type\": \"\\ud800\"}"};
        String[] targets = {"/api/leave-requests", "/api/leave-requests/lr-nothing/approve",
                "/api/leave-requests/lr-nothing/reject", "/api/leave-requests/lr-nothing/cancel", "/api/auth/login"};
        for (String target : targets) {
            for (String body : bodies) {
                answer(post(target, body), true);
            }
        }
        byte[] huge = ("{\"reason\": \"" + "x".repeat(100_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        Api.Answer tooLarge = answer(api.send(api.request("/api/leave-requests", carol)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(huge))), true);
        assertThat(tooLarge.status()).isEqualTo(400);
        assertThat(tooLarge.body()).contains("RequestBodyTooLarge");
        Api.Answer chunked = answer(api.send(api.request("/api/leave-requests", carol)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(huge)))), true);
        assertThat(chunked.status()).isEqualTo(400);
    }

    @Test
    void pathTraversalOtherPeoplesIdsAndHugeQueryValuesAreRefusedAndShowNothing() {
        String alices = canary.requestIds().get(0);
        String[] ids = {"..", "..%2F..%2Fetc%2Fpasswd", "%2e%2e%2f%2e%2e%2f", "..;", "%00", "lr-1%0d%0aSet-Cookie:%20x=1",
                "%252e%252e%252f", "x".repeat(5000), "%7B%7D", "*", "%24where", alices};
        for (String id : ids) {
            answer(api.get("/api/leave-requests/" + id, carol), true);
            answer(api.post("/api/leave-requests/" + id + "/approve", carol, "{}"), true);
            answer(api.post("/api/leave-requests/" + id + "/cancel", carol, "{}"), true);
            answer(api.post("/api/notifications/" + id + "/read", carol, null), true);
        }
        assertThat(api.get("/api/leave-requests/" + alices, carol).status()).as("Alice's request, to Carol").isEqualTo(404);
        assertThat(api.post("/api/leave-requests/" + alices + "/approve", carol, "{}").status()).isBetween(403, 404);
        String long10k = "z".repeat(10_000);
        String[] queries = {"limit=99999999999999999999", "limit=-1", "limit=0", "limit=abc", "limit=1e9",
                "before=" + long10k, "after=" + long10k, "before=a&after=b", "unreadOnly=maybe",
                "before=000000000000000000000000", "after=%00%00", "limit=" + "9".repeat(3000),
                "limit=5&limit=6&limit=7" + "&limit=1".repeat(500)};
        for (String query : queries) {
            answer(api.get("/api/notifications?" + query, carol), false);
        }
        for (String query : new String[] {"limit=99999999999999999999", "limit=-1", "before=" + long10k, "after=%00%00"}) {
            assertThat(api.get("/api/notifications?" + query, carol).status()).as(query).isEqualTo(400);
        }
        for (String status : new String[] {"PENDING", "pending", "NOPE", "%27%20OR%201=1", long10k}) {
            answer(api.get("/api/leave-requests/team?status=" + status, carol), true);
        }
    }

    @Test
    void wrongMethodsMediaTypesAndMissingTokensAreRefused() {
        for (String method : new String[] {"PUT", "DELETE", "PATCH"}) {
            for (String path : new String[] {"/api/leave-requests", "/api/notifications", "/api/auth/login"}) {
                answer(api.send(api.request(path, carol).header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString("{}"))), true);
            }
        }
        answer(api.send(api.request("/api/leave-requests", carol).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(VALID_SUBMIT))), true);
        answer(api.send(api.request("/api/leave-requests", carol).header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofString("<leave/>"))), true);
        answer(api.send(api.request("/api/notifications", carol).header("Accept", "application/xml").GET()), true);
        for (String path : new String[] {"/api/leave-requests/mine", "/api/notifications", "/api/admin/employees",
                "/actuator/prometheus", "/actuator/env", "/actuator/heapdump"}) {
            Api.Answer anonymous = answer(api.get(path, null), true);
            assertThat(anonymous.status()).as(path).isIn(401, 404);
            boolean hers = path.startsWith("/api/leave-requests") || path.equals("/api/notifications");
            Api.Answer asCarol = answer(api.get(path, carol), !hers);
            if (!hers) {
                assertThat(asCarol.status()).as(path + " as Carol").isIn(403, 404);
            }
        }
    }

    @Test
    void seededMutationsOfValidBodiesAreNeverAServerError() {
        Random random = new Random(11);
        // not the login: mutated credentials would lock Carol out and use up this address's failed logins
        // for every other test sharing this application (malformed logins are in the test above)
        String[] targets = {"/api/leave-requests", "/api/leave-requests/lr-none/reject", "/api/notifications/read-all"};
        String[] valid = {VALID_SUBMIT, "{\"reason\": \"no\"}", "{}"};
        for (int i = 0; i < MUTATED_BODIES; i++) {
            int pick = random.nextInt(targets.length);
            answer(post(targets[pick], mutate(valid[pick], random)), false);
            if (i % 100 == 99) {
                canary.check();
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------

    private Api.Answer post(String path, String body) {
        HttpRequest.Builder request = api.request(path, path.equals("/api/auth/login") ? null : carol)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return api.send(request);
    }

    /** Checks an answer: no 5xx; under /api a client error is problem+json (unless Tomcat refused the URL). */
    private Api.Answer answer(Api.Answer answer, boolean mustBeAnError) {
        sent++;
        statuses.merge(answer.status(), 1, Integer::sum);
        answers.add(answer.body());
        assertThat(answer.status()).as(answer.body()).isLessThan(500);
        if (mustBeAnError) {
            assertThat(answer.status()).as(answer.body()).isGreaterThanOrEqualTo(400);
        }
        String type = answer.headers().firstValue("Content-Type").orElse("");
        if (answer.status() >= 400 && !answer.body().isEmpty() && !type.contains("text/html")) {
            assertThat(type).as(answer.body()).contains("application/problem+json");
        }
        return answer;
    }

    private static String mutate(String body, Random random) {
        StringBuilder text = new StringBuilder(body);
        int mutations = 1 + random.nextInt(4);
        for (int m = 0; m < mutations && !text.isEmpty(); m++) {
            int at = random.nextInt(text.length());
            switch (random.nextInt(5)) {
                case 0 -> text.setCharAt(at, (char) (32 + random.nextInt(95)));
                case 1 -> text.delete(at, Math.min(text.length(), at + 1 + random.nextInt(6)));
                case 2 -> text.insert(at, "\"\":{[,]}0-e.\\u0000".charAt(random.nextInt(18)));
                case 3 -> text.insert(at, text.substring(at, Math.min(text.length(), at + 1 + random.nextInt(12))));
                default -> text.insert(at, (char) random.nextInt(0x3000));
            }
        }
        return text.toString();
    }

}
