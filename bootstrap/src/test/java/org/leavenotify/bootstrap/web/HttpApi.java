package org.leavenotify.bootstrap.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for the full-stack tests: real sockets, JSON in and out, nothing from the app. */
public final class HttpApi {

    /** An answer: its status, headers and body, the body also as JSON when it is JSON. */
    public record Answer(int status, java.net.http.HttpHeaders headers, String body) {

        public JsonNode json() {
            return JsonMapper.shared().readTree(body);
        }

        /** The JSON body of a 2xx answer; fails with the status and body otherwise. */
        public JsonNode ok() {
            if (status < 200 || status > 299) {
                throw new AssertionError("answered " + status + ": " + body);
            }
            return json();
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        String contentType() {
            return header("Content-Type");
        }
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    public HttpApi(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public String logIn(String username) {
        Answer answer = post("/api/auth/login", null, "{\"username\": \"" + username + "\", \"password\": \"demo\"}");
        if (answer.status() != 200) {
            throw new IllegalStateException("login of " + username + " answered " + answer.status() + ": "
                    + answer.body());
        }
        return answer.json().get("accessToken").asString();
    }

    public Answer get(String path, String token) {
        return send(request(path, token).GET());
    }

    public Answer post(String path, String token, String json) {
        HttpRequest.Builder request = request(path, token);
        if (json == null) {
            return send(request.POST(BodyPublishers.noBody()));
        }
        return send(request.header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** Gets with {@code headers} given as name, value, name, value... */
    Answer getWithHeaders(String path, String... headers) {
        HttpRequest.Builder request = request(path, null);
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.GET());
    }

    /** Posts without a body, with {@code headers} given as name, value, name, value... */
    Answer postWithHeaders(String path, String... headers) {
        HttpRequest.Builder request = request(path, null);
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.POST(BodyPublishers.noBody()));
    }

    /** Posts a body of unknown length, which the client sends chunked. */
    Answer postChunked(String path, String token, byte[] body) {
        BodyPublisher chunked = BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body));
        return send(request(path, token).header("Content-Type", "application/json").POST(chunked));
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
