package org.leavenotify.bootstrap.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The REST API over real HTTP, JSON in and out, nothing from the application's classes. */
public final class Api {

    public static final JsonMapper JSON = JsonMapper.shared();

    /** An answer: status and body (and the body as JSON, when it is JSON). */
    public record Answer(int status, String body, java.net.http.HttpHeaders headers) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public Answer ok() {
            if (status < 200 || status > 299) {
                throw new IllegalStateException("expected 2xx, got " + status + ": " + body);
            }
            return this;
        }
    }

    private final HttpClient http;
    private final String base;

    public Api(HttpClient http, int port) {
        this.http = http;
        this.base = "http://127.0.0.1:" + port;
    }

    public HttpClient http() {
        return http;
    }

    public String logIn(String username) {
        return logIn(username, "demo").ok().json().get("accessToken").asString();
    }

    public Answer logIn(String username, String password) {
        return post("/api/auth/login", null, "{\"username\": " + JSON.writeValueAsString(username)
                + ", \"password\": " + JSON.writeValueAsString(password) + "}");
    }

    /** A day of unpaid leave (no balance needed); the id of the new request. */
    public String askForADay(String token, LocalDate day) {
        return post("/api/leave-requests", token, "{\"type\": \"UNPAID\", \"startDate\": \"" + day + "\", \"endDate\": \""
                + day + "\", \"reason\": \"a day off\"}").ok().json().get("id").asString();
    }

    public Answer approve(String token, String requestId) {
        return post("/api/leave-requests/" + requestId + "/approve", token, "{\"comment\": \"fine\"}");
    }

    public Answer reject(String token, String requestId) {
        return post("/api/leave-requests/" + requestId + "/reject", token, "{\"reason\": \"busy week\"}");
    }

    /** Every notification of the token's owner, oldest first: scrolled back page by page with {@code before}. */
    public List<JsonNode> allNotifications(String token) {
        List<JsonNode> newestFirst = new ArrayList<>();
        JsonNode page = get("/api/notifications?limit=100", token).ok().json();
        while (true) {
            page.get("items").forEach(newestFirst::add);
            if (!page.get("hasMore").asBoolean() || page.get("items").isEmpty()) {
                break;
            }
            String before = newestFirst.get(newestFirst.size() - 1).get("id").asString();
            page = get("/api/notifications?limit=100&before=" + before, token).ok().json();
        }
        java.util.Collections.reverse(newestFirst);
        return newestFirst;
    }

    public Answer get(String path, String token) {
        return send(request(path, token).GET());
    }

    public Answer post(String path, String token, String json) {
        HttpRequest.Builder request = request(path, token);
        return send(json == null ? request.POST(HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }
}
