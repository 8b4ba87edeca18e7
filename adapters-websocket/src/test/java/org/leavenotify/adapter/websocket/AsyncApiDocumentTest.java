package org.leavenotify.adapter.websocket;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.leavenotify.adapter.websocket.limits.StompLimits;
import org.leavenotify.adapter.websocket.routing.StompSecurityConfiguration;
import org.leavenotify.domain.notification.InboxChange;
import org.leavenotify.domain.notification.NotificationType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.messaging.simp.annotation.support.SimpAnnotationMethodMessageHandler;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The AsyncAPI document says what the running adapter does, in both directions: every destination a client
 * may send to or subscribe to is described and nothing else is; every payload describes exactly the fields
 * the adapter reads or writes; the enumerations are the domain's. A destination, a handler or a field added
 * without its description fails here. (Its validity as AsyncAPI 3.0 is checked by the official parser in
 * the web client's tests, {@code asyncapi.test.js}.)
 */
class AsyncApiDocumentTest extends StompIntegrationTest {

    private static final String APPLICATION_PREFIX = "/app";

    private final Map<String, Object> document = load();

    @Autowired
    @Qualifier("simpAnnotationMethodMessageHandler")
    SimpAnnotationMethodMessageHandler handlers;

    @Test
    void theDestinationsAClientMaySendToAreDescribedAndNoOthers() {
        Set<String> handled = handlers.getHandlerMethods().keySet().stream()
                .flatMap(mapping -> mapping.getDestinationConditions().getPatterns().stream())
                .map(pattern -> APPLICATION_PREFIX + pattern)
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(addressesOf("send")).isEqualTo(handled)
                .isEqualTo(new TreeSet<>(List.of(StompSecurityConfiguration.SENDABLE)));
    }

    @Test
    void theDestinationsAClientMaySubscribeToAreDescribedAndNoOthers() {
        assertThat(addressesOf("receive")).isEqualTo(new TreeSet<>(List.of(StompSecurityConfiguration.SUBSCRIBABLE)));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "Notification, notification.NotificationResponse",
            "Actor, notification.NotificationResponse$ActorResponse",
            "UnreadCount, notification.UnreadCountResponse",
            "InboxChange, notification.InboxChangeResponse",
            "NotificationPage, notification.NotificationListResponse",
            "ErrorReply, notification.ErrorReply",
            "ErrorReply, limits.StompLimits$LimitReply",
            "ListRequest, notification.ListNotificationsRequest",
            "OneNotification, notification.OneNotificationRequest"})
    void everyPayloadDescribesExactlyTheFieldsOfWhatTheAdapterReadsOrWrites(String schema, String type) throws Exception {
        Class<?> payload = Class.forName(getClass().getPackageName() + "." + type);
        Set<String> fields = Arrays.stream(payload.getRecordComponents()).map(component -> component.getName())
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(new TreeSet<>(map(schema(schema), "properties").keySet())).isEqualTo(fields);
        if (schema(schema).get("required") instanceof List<?> required && !type.contains("Request")) {
            assertThat(new TreeSet<>(required.stream().map(String::valueOf).toList()))
                    .as("a response field is always present").isEqualTo(fields);
        }
    }

    @Test
    void theKindsOfNotificationAndOfInboxChangeAreTheDomains() {
        assertThat(enumOf("Notification", "type"))
                .isEqualTo(Arrays.stream(NotificationType.values()).map(Enum::name).toList());
        assertThat(enumOf("InboxChange", "change"))
                .isEqualTo(Arrays.stream(InboxChange.Kind.values()).map(Enum::name).toList());
    }

    @Test
    void theDocumentIsServedAsYamlAndAsTheSameDocumentInJson() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> yaml = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/asyncapi.yaml"))
                .build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> json = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/asyncapi.json"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(yaml.statusCode()).isEqualTo(200);
        assertThat(yaml.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/yaml"));
        assertThat(yaml.body()).isEqualTo(text());
        assertThat(json.statusCode()).isEqualTo(200);
        JsonMapper mapper = JsonMapper.builder().build();
        assertThat(mapper.readTree(json.body())).isEqualTo(mapper.valueToTree(document));
    }

    /** The addresses of the channels of every operation with this action. */
    private Set<String> addressesOf(String action) {
        Map<String, Object> channels = map(document, "channels");
        return map(document, "operations").values().stream().map(operation -> (Map<?, ?>) operation)
                .filter(operation -> action.equals(operation.get("action")))
                .map(operation -> String.valueOf(((Map<?, ?>) operation.get("channel")).get("$ref")))
                .map(reference -> reference.substring("#/channels/".length()))
                .map(name -> String.valueOf(((Map<?, ?>) channels.get(name)).get("address")))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private List<String> enumOf(String schema, String property) {
        return ((List<?>) map(map(schema(schema), "properties"), property).get("enum")).stream().map(String::valueOf).toList();
    }

    private Map<String, Object> schema(String name) {
        return map(map(map(document, "components"), "schemas"), name);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        assertThat(value).as(key).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    private static String text() {
        try (InputStream in = AsyncApiDocumentTest.class.getClassLoader().getResourceAsStream(AsyncApiController.DOCUMENT)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static Map<String, Object> load() {
        return new Yaml().load(text());
    }
}
