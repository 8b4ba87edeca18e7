package org.leavenotify.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.leavenotify.bootstrap.repository.RepositoryRoot;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What surrounds the API on the real server: health probes, metrics, the API description, token and
 * body checks on a real socket, and the absence of sessions.
 */
class WebPlatformOverHttpTest extends FullStackTest {

    @Test
    void healthAndItsProbesArePublicWithoutDetails() {
        for (String path : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            HttpApi.Answer health = api.get(path, null);
            assertThat(health.status()).as(path).isEqualTo(200);
            assertThat(health.json().get("status").asString()).isEqualTo("UP");
            assertThat(health.json().has("components")).as(path).isFalse();
        }
    }

    @Test
    void healthDetailsIncludingTheStoreAreForHrOnly() {
        assertThat(api.get("/actuator/health", api.logIn("alice")).json().has("components")).isFalse();

        String hana = api.logIn("hana");
        JsonNode health = api.get("/actuator/health", hana).json();
        JsonNode readiness = api.get("/actuator/health/readiness", hana).json();

        assertThat(health.get("components").has("mongo")).isTrue();
        assertThat(readiness.get("components").propertyNames()).contains("readinessState", "mongo");
    }

    @Test
    void metricsNeedTheHrAdminRole() {
        assertThat(api.get("/actuator/metrics", null).status()).isEqualTo(401);
        HttpApi.Answer asAlice = api.get("/actuator/metrics", api.logIn("alice"));
        assertThat(asAlice.status()).isEqualTo(403);
        assertThat(asAlice.contentType()).isEqualTo("application/problem+json");
        assertThat(api.get("/actuator/metrics", api.logIn("hana")).json().get("names").isArray()).isTrue();
    }

    @Test
    void theApiDescriptionAndSwaggerUiArePublic() {
        HttpApi.Answer docs = api.get("/v3/api-docs", null);

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().at("/components/securitySchemes/bearer/scheme").asString()).isEqualTo("bearer");
        assertThat(docs.json().get("paths").has("/api/leave-requests")).isTrue();
        assertThat(api.get("/swagger-ui/index.html", null).status()).isEqualTo(200);
    }

    @Test
    void theRealTimeApiDescriptionIsPublicToo() {
        HttpApi.Answer asyncApi = api.get("/asyncapi.json", null);

        assertThat(asyncApi.status()).isEqualTo(200);
        assertThat(asyncApi.json().get("asyncapi").asString()).isEqualTo("3.0.0");
        assertThat(asyncApi.json().at("/channels/notifications/address").asString()).isEqualTo("/user/queue/notifications");
        assertThat(api.get("/asyncapi.yaml", null).status()).isEqualTo(200);
    }

    /**
     * The REST description is committed as {@code docs/contract/openapi.json}, for tools that read it without
     * running the application (the notification client generates its REST types from it). This keeps the
     * file the document the application serves; after an API change rewrite it with
     * {@code mvn -pl bootstrap test -Dtest=WebPlatformOverHttpTest -Dopenapi.write=true} and review the diff.
     */
    @Test
    void theCommittedOpenApiDocumentIsTheOneServed() throws IOException {
        ObjectNode served = (ObjectNode) api.get("/v3/api-docs", null).json();
        served.remove("servers");
        Path committed = RepositoryRoot.find().resolve("docs/contract/openapi.json");
        if (Boolean.getBoolean("openapi.write")) {
            Files.writeString(committed, JsonMapper.shared().writerWithDefaultPrettyPrinter().writeValueAsString(served)
                    + "\n");
        }

        assertThat(JsonMapper.shared().readTree(Files.readString(committed)))
                .as("docs/contract/openapi.json against /v3/api-docs (rewrite it with -Dopenapi.write=true)")
                .isEqualTo(served);
    }

    /**
     * A notification is the same JSON over REST and over STOMP (RealTimeNotificationsTest reads one both
     * ways), so the two descriptions must describe it alike: the same fields, of the same types, the same
     * kinds of notification. The client package's types come from the AsyncAPI side; this keeps them true
     * for the REST side too.
     */
    @Test
    void theRestAndRealTimeDescriptionsDescribeTheSharedPayloadsAlike() {
        JsonNode rest = api.get("/v3/api-docs", null).json().at("/components/schemas");
        JsonNode realTime = api.get("/asyncapi.json", null).json().at("/components/schemas");

        for (String[] pair : new String[][] {{"NotificationResponse", "Notification"},
                {"NotificationPageResponse", "NotificationPage"}, {"UnreadCountResponse", "UnreadCount"}}) {
            assertThat(fieldTypes(rest, rest.get(pair[0]))).as(pair[0] + " over REST, " + pair[1] + " over STOMP")
                    .isEqualTo(fieldTypes(realTime, realTime.get(pair[1])));
        }
        assertThat(rest.at("/NotificationResponse/properties/type/enum").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrderElementsOf(realTime.at("/Notification/properties/type/enum").valueStream()
                        .map(JsonNode::asString).toList());
    }

    /** Each field of a schema with its JSON type ("object Actor" style for references; nullability left out). */
    private static Map<String, String> fieldTypes(JsonNode schemas, JsonNode schema) {
        Map<String, String> fields = new TreeMap<>();
        schema.get("properties").properties().forEach(field -> fields.put(field.getKey(), typeOf(schemas, field.getValue())));
        return fields;
    }

    private static String typeOf(JsonNode schemas, JsonNode property) {
        if (property.has("$ref")) {
            String name = property.get("$ref").asString().replaceAll(".*/", "");
            return "object " + fieldTypes(schemas, schemas.get(name));
        }
        JsonNode type = property.get("type");
        String json = type == null ? "any" : type.isArray()
                ? type.valueStream().map(JsonNode::asString).filter(t -> !t.equals("null")).findFirst().orElse("null")
                : type.asString();
        return json.equals("array") ? "array of " + typeOf(schemas, property.get("items")) : json;
    }

    @Test
    void theApiNeedsAValidTokenAndSaysSoAsAProblem() {
        HttpApi.Answer none = api.get("/api/leave-requests/mine", null);
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.contentType()).isEqualTo("application/problem+json");
        assertThat(none.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(none.json().get("code").asString()).isEqualTo("MISSING_TOKEN");

        String token = api.logIn("alice");
        String tampered = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA" + token.substring(
                token.lastIndexOf('.') + 5);
        HttpApi.Answer forged = api.get("/api/leave-requests/mine", tampered);
        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.json().get("code").asString()).isEqualTo("BAD_SIGNATURE");
    }

    @Test
    void wrongCredentialsGetTheSameAnswerWhetherTheUserExistsOrNot() {
        HttpApi.Answer wrongPassword = api.post("/api/auth/login", null,
                "{\"username\": \"bob\", \"password\": \"not-demo\"}");
        HttpApi.Answer unknownUser = api.post("/api/auth/login", null,
                "{\"username\": \"mallory\", \"password\": \"demo\"}");

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(unknownUser.status()).isEqualTo(401);
        assertThat(unknownUser.body()).isEqualTo(wrongPassword.body());
    }

    @Test
    void aHugeBodySentWithoutALengthIsA400() {
        String alice = api.logIn("alice");
        byte[] huge = ("{\"type\": \"ANNUAL\", \"reason\": \"" + "x".repeat(200_000) + "\"}")
                .getBytes(StandardCharsets.UTF_8);

        HttpApi.Answer answer = api.postChunked("/api/leave-requests", alice, huge);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.json().get("code").asString()).isEqualTo("RequestBodyTooLarge");
    }

    @Test
    void theApiSetsNoCookieButTheRefreshCookieOfTheSessionEndpoints() {
        String alice = api.logIn("alice");

        assertThat(api.get("/api/notifications", alice).header("Set-Cookie")).isNull();
        assertThat(api.post("/api/auth/login", null, "{\"username\": \"alice\", \"password\": \"demo\"}")
                .headers().allValues("Set-Cookie")).singleElement().asString()
                .startsWith("leavenotify_refresh=").contains("Path=/api/auth", "HttpOnly")
                .doesNotContain("JSESSIONID");
    }

    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    /** The page of the web client, or a skip when this build did not include it (-Dweb-client.skip). */
    private HttpApi.Answer theAppsPage() {
        HttpApi.Answer page = api.getWithHeaders("/", "Accept", BROWSER_ACCEPT);
        Assumptions.assumeTrue(page.status() == 200, "the web client was not built into this run");
        return page;
    }

    @Test
    void theWebClientsAssetsAreCompressedAndCachedForAYearWhileItsPageIsNeverCached() {
        HttpApi.Answer page = theAppsPage();
        Matcher script = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"").matcher(page.body());
        assertThat(script.find()).as("the page names its script").isTrue();

        HttpApi.Answer asset = api.getWithHeaders(script.group(1), "Accept-Encoding", "gzip");

        assertThat(asset.status()).isEqualTo(200);
        assertThat(asset.header("Content-Encoding")).isEqualTo("gzip");
        assertThat(asset.header("Cache-Control")).contains("max-age=31536000", "public", "immutable");
        assertThat(page.header("Cache-Control")).contains("no-store");
        assertThat(api.getWithHeaders("/requests/lr-1", "Accept", BROWSER_ACCEPT).header("Cache-Control"))
                .isEqualTo("no-cache");
    }

    @Test
    void everyPageAddressOfTheAppIsAnsweredWithItsPageWhileApiPathsStayProblems() {
        String page = theAppsPage().body();

        for (String path : new String[] {"/requests/lr-1", "/team", "/hr/employees", "/no/such/page"}) {
            HttpApi.Answer answer = api.getWithHeaders(path, "Accept", BROWSER_ACCEPT);
            assertThat(answer.status()).as(path).isEqualTo(200);
            assertThat(answer.contentType()).as(path).startsWith("text/html");
            assertThat(answer.body()).as(path).isEqualTo(page);
        }
        HttpApi.Answer api404 = api.getWithHeaders("/api/no-such-thing", "Accept", BROWSER_ACCEPT,
                "Authorization", "Bearer " + api.logIn("alice"));
        assertThat(api404.status()).isEqualTo(404);
        assertThat(api404.contentType()).isEqualTo("application/problem+json");
        assertThat(api.getWithHeaders("/requests/lr-1", "Accept", "application/json").status())
                .as("not a browser's navigation").isEqualTo(401);
        assertThat(api.getWithHeaders("/assets/missing.js", "Accept", BROWSER_ACCEPT).status()).isEqualTo(404);
    }

    @Test
    void anUnknownPathIsA404ProblemAndAWrongMethodA405() {
        String alice = api.logIn("alice");

        HttpApi.Answer unknown = api.get("/api/does-not-exist", alice);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).isEqualTo("application/problem+json");

        HttpApi.Answer wrongMethod = api.post("/api/leave-requests/mine", alice, "{}");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.contentType()).isEqualTo("application/problem+json");
    }
}
