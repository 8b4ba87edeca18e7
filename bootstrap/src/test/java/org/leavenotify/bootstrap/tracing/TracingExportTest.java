package org.leavenotify.bootstrap.tracing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.leavenotify.bootstrap.LeaveNotifyApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code management.opentelemetry.tracing.export.otlp.endpoint} set, spans leave the process over
 * OTLP/HTTP: a collector stand-in (a plain HTTP server in the test) receives them. Without it there is no
 * exporter at all ({@code ApprovalTraceTest} checks that side).
 */
@SpringBootTest(classes = LeaveNotifyApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"leavenotify.store=in-memory", "management.tracing.sampling.probability=1.0"})
// closed after the class: its exporter and its sampling of every span are of no use to other tests
@DirtiesContext
class TracingExportTest {

    private static final BlockingQueue<Export> RECEIVED = new LinkedBlockingQueue<>();
    private static final HttpServer COLLECTOR = collector();

    @DynamicPropertySource
    static void collectorEndpoint(DynamicPropertyRegistry properties) {
        properties.add("management.opentelemetry.tracing.export.otlp.endpoint",
                () -> "http://127.0.0.1:" + COLLECTOR.getAddress().getPort() + "/v1/traces");
    }

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    SdkTracerProvider tracerProvider;

    @AfterAll
    static void stopCollector() {
        COLLECTOR.stop(0);
    }

    @Test
    void spansOfARequestReachTheConfiguredCollectorOverOtlp() throws Exception {
        assertThat(context.getBeansOfType(OtlpHttpSpanExporter.class)).hasSize(1);

        HttpResponse<String> login = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\": \"alice\", \"password\": \"demo\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        tracerProvider.forceFlush().join(10, TimeUnit.SECONDS);

        assertThat(exportsUntilOneHolds("SessionUseCase.signIn"))
                .as("OTLP export requests, until one holds the sign-in's span")
                .isNotEmpty()
                .allMatch(export -> export.startsWith("POST /v1/traces application/x-protobuf"))
                .last().asString().endsWith("holds it");
    }

    /** What the collector received (method, path, type), the last one holding {@code spanName} unless time ran out. */
    private static List<String> exportsUntilOneHolds(String spanName) throws InterruptedException {
        List<String> exports = new ArrayList<>();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < end) {
            Export export = RECEIVED.poll(end - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (export == null) {
                break;
            }
            boolean holds = export.body().contains(spanName);
            exports.add(export.request() + (holds ? " holds it" : ""));
            if (holds) {
                break;
            }
        }
        return exports;
    }

    /** One request to the collector: "method path content-type", and its body read as Latin-1. */
    private record Export(String request, String body) {
    }

    private static HttpServer collector() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                byte[] body = exchange.getRequestBody().readAllBytes();
                RECEIVED.add(new Export(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " "
                        + exchange.getRequestHeaders().getFirst("Content-Type"),
                        new String(body, StandardCharsets.ISO_8859_1)));
                exchange.sendResponseHeaders(200, -1);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
