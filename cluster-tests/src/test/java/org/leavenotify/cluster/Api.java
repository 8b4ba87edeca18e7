package org.leavenotify.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.json.JsonMapper;

/** The REST API of one node, as a client calls it. */
final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** Each request takes a weekday of its own, far ahead, so that no two overlap. */
    private static final AtomicInteger NEXT_DAY = new AtomicInteger(400);

    private final String base;
    private final HttpClient http;

    Api(int port) {
        this("http://127.0.0.1:" + port, HTTP);
    }

    /** An API reached at {@code base} (for example through the TLS proxy) with {@code http}. */
    Api(String base, HttpClient http) {
        this.base = base;
        this.http = http;
    }

    /** A demo user's token (password "demo"). */
    String login(String username) {
        Map<String, Object> body = json(call("POST", "/api/auth/login", null,
                "{\"username\":\"" + username + "\",\"password\":\"demo\"}"), 200);
        return (String) body.get("accessToken");
    }

    /** The user asks for a day of unpaid leave; returns the request's id. Their manager is notified. */
    String asksForADayOff(String token) {
        LocalDate day;
        do {
            day = LocalDate.now().plusDays(NEXT_DAY.getAndIncrement());
        } while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY);
        Map<String, Object> created = json(call("POST", "/api/leave-requests", token,
                "{\"type\":\"UNPAID\",\"startDate\":\"" + day + "\",\"endDate\":\"" + day + "\",\"reason\":\"cluster test\"}"), 201);
        return (String) created.get("id");
    }

    /** The manager approves; the employee is notified. */
    void approves(String token, String requestId) {
        json(call("POST", "/api/leave-requests/" + requestId + "/approve", token, "{}"), 200);
    }

    /** Every notification of the caller newer than {@code after}, oldest first (the catch-up after a reconnect). */
    List<String> notificationIdsAfter(String token, String after) {
        return page(token, "after", after);
    }

    /** Every notification of the caller, oldest first. */
    List<String> allNotificationIds(String token) {
        List<String> newestFirst = page(token, "before", null);
        List<String> oldestFirst = new ArrayList<>(newestFirst);
        java.util.Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    private List<String> page(String token, String direction, String from) {
        List<String> ids = new ArrayList<>();
        String cursor = from;
        while (true) {
            String query = cursor == null ? "?limit=100" : "?limit=100&" + direction + "=" + cursor;
            Map<String, Object> page = json(call("GET", "/api/notifications" + query, token, null), 200);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> items = (List<Map<String, Object>>) page.get("items");
            items.forEach(item -> ids.add((String) item.get("id")));
            if (!Boolean.TRUE.equals(page.get("hasMore")) || items.isEmpty()) {
                return ids;
            }
            cursor = ids.get(ids.size() - 1);
        }
    }

    /** The health document as an HR admin sees it (with components), and its HTTP status. */
    Response health(String hrToken) {
        return call("GET", "/actuator/health", hrToken, null);
    }

    Response call(String method, String path, String token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(20))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " on " + base + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> json(Response response, int expectedStatus) {
        if (response.status() != expectedStatus) {
            throw new AssertionError("expected HTTP " + expectedStatus + " but got " + response.status() + ": " + response.body());
        }
        return parse(response.body());
    }

    static Map<String, Object> parse(String json) {
        @SuppressWarnings("unchecked")
        Map<String, Object> parsed = JSON.readValue(json, Map.class);
        return parsed;
    }

    record Response(int status, String body) {
    }
}
