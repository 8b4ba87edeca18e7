package org.leavenotify.benchmarks.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** The bench-only control port of a server started by {@code BenchServer} (see {@code BenchControl}). */
final class ControlPort {

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    ControlPort(URI base) {
        this.base = base;
    }

    String call(String pathAndQuery, Collection<String> lines) {
        String body = lines == null ? "" : String.join("\n", lines);
        HttpRequest request = HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(Duration.ofMinutes(10))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("control " + pathAndQuery + " answered " + response.statusCode()
                        + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("control " + pathAndQuery + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Reads {@code key=value key=value} answers. */
    static Map<String, String> fields(String answer) {
        Map<String, String> fields = new HashMap<>();
        for (String pair : answer.strip().split("\\s+")) {
            String[] keyValue = pair.split("=", 2);
            if (keyValue.length == 2) {
                fields.put(keyValue[0], keyValue[1]);
            }
        }
        return fields;
    }
}
