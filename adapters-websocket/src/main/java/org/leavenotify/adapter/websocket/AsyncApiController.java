package org.leavenotify.adapter.websocket;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.json.JsonMapper;

/**
 * The STOMP API described in AsyncAPI 3.0, as OpenAPI describes the REST one: {@code /asyncapi.yaml} (the
 * document kept in the repository) and {@code /asyncapi.json} (the same, as JSON). {@code AsyncApiDocumentTest}
 * keeps it true to the destinations and payloads the adapter really has.
 */
@RestController
class AsyncApiController {

    static final String DOCUMENT = "asyncapi/leave-notify.yaml";
    static final MediaType YAML = MediaType.parseMediaType("application/yaml");

    private final byte[] yaml;
    private final byte[] json;

    AsyncApiController() {
        try (InputStream in = AsyncApiController.class.getClassLoader().getResourceAsStream(DOCUMENT)) {
            if (in == null) {
                throw new IllegalStateException("the AsyncAPI document " + DOCUMENT + " is not on the class path");
            }
            yaml = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Object document = new Yaml().load(new String(yaml, StandardCharsets.UTF_8));
        json = JsonMapper.builder().build().writeValueAsBytes(document);
    }

    @GetMapping(value = "/asyncapi.yaml", produces = "application/yaml")
    byte[] yaml() {
        return yaml.clone();
    }

    @GetMapping(value = "/asyncapi.json", produces = MediaType.APPLICATION_JSON_VALUE)
    byte[] json() {
        return json.clone();
    }
}
