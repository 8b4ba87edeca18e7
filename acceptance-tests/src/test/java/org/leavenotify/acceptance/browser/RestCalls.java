package org.leavenotify.acceptance.browser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the test does outside the browsers, over the public REST API: another employee asking for leave
 * while Bob is cut off, and reading Bob's notifications as the server holds them.
 */
final class RestCalls {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    RestCalls(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    String logIn(String username) {
        return post("/api/auth/login", null, Map.of("username", username, "password", "demo"))
                .path("accessToken").asString();
    }

    void askForAnnualLeave(String token, LocalDate from, LocalDate to, String reason) {
        post("/api/leave-requests", token,
                Map.of("type", "ANNUAL", "startDate", from.toString(), "endDate", to.toString(), "reason", reason));
    }

    void changeOwnPassword(String token, String current, String replacement) {
        post("/api/me/password", token, Map.of("currentPassword", current, "newPassword", replacement));
    }

    /** The id of the newest request of the token's user. */
    String newestRequestOf(String token) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/leave-requests/mine")).GET(), token)
                .path(0).path("id").asString();
    }

    /** Every notification of the token's user, newest first, as the server holds them. */
    List<String> notificationIds(String token) {
        JsonNode page = send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/notifications?limit=100")).GET(), token);
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(item -> ids.add(item.path("id").asString()));
        return ids;
    }

    long unreadCount(String token) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/notifications/unread-count")).GET(), token)
                .path("unreadCount").asLong();
    }

    private JsonNode post(String path, String token, Object body) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))), token);
    }

    private JsonNode send(HttpRequest.Builder request, String token) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(15)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 400) {
                throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
            }
            return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
