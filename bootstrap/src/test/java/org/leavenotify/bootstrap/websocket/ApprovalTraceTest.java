package org.leavenotify.bootstrap.websocket;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.leavenotify.bootstrap.LeaveNotifyApplication;
import org.leavenotify.bootstrap.repository.RepositoryRoot;
import org.leavenotify.bootstrap.web.HttpApi;
import org.leavenotify.testsupport.StompTestClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One approval is one trace (docs/tracing.md): the REST call, the use case, the dispatch of its outbox,
 * the store's commands and the push, each span a descendant of the one before; the MESSAGE frame the
 * requester receives names the trace, and so do the log lines written on the way. The spans are caught
 * by an in-memory exporter in place of OTLP; the tree is written to
 * {@code target/approval-trace.txt}, which is what docs/tracing.md shows.
 */
@SpringBootTest(classes = {LeaveNotifyApplication.class, ApprovalTraceTest.InMemorySpans.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"leavenotify.store=mongodb",
                "leavenotify.embedded-store.data-dir=target/trace-test-data/${random.uuid}",
                "management.tracing.sampling.probability=1.0",
                "logging.level.org.leavenotify.application.notification.NotificationDispatcher=debug"})
@ExtendWith(OutputCaptureExtension.class)
// closed after the class: its exporter and its sampling of every span are of no use to other tests
@DirtiesContext
class ApprovalTraceTest {

    private static final String NOTIFICATIONS = "/user/queue/notifications";
    private static final AttributeKey<String> DB_SYSTEM = AttributeKey.stringKey("db.system");

    @TestConfiguration(proxyBeanMethods = false)
    static class InMemorySpans {

        @Bean
        InMemorySpanExporter inMemorySpanExporter() {
            return InMemorySpanExporter.create();
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    InMemorySpanExporter spans;

    @Autowired
    SdkTracerProvider tracerProvider;

    @Autowired
    ApplicationContext context;

    @Autowired
    PrometheusMeterRegistry prometheus;

    private StompTestClient stomp;
    private HttpApi api;

    @BeforeEach
    void openClient() {
        stomp = new StompTestClient(port);
        api = new HttpApi(port);
    }

    @AfterEach
    void closeClient() {
        stomp.close();
    }

    @Test
    void nothingIsExportedUnlessAnEndpointIsConfigured() {
        assertThat(context.getBeansOfType(SpanExporter.class)).as("span exporters: only this test's")
                .containsOnlyKeys("inMemorySpanExporter");
    }

    @Test
    void anApprovalIsOneTraceFromTheRestCallToThePushAndTheFrameNamesIt(CapturedOutput output) throws IOException {
        String alice = api.logIn("alice");
        String bob = api.logIn("bob");
        var alicesBrowser = stomp.connect(alice);
        alicesBrowser.subscribe(NOTIFICATIONS);
        String requestId = api.post("/api/leave-requests", alice, """
                {"type": "UNPAID", "startDate": "%s", "endDate": "%1$s", "reason": "a day off"}
                """.formatted(aWednesday())).ok().get("id").asString();

        api.post("/api/leave-requests/" + requestId + "/approve", bob, "{\"comment\": \"Enjoy\"}").ok();

        StompTestClient.Received approved = alicesBrowser.nextFrame(NOTIFICATIONS);
        assertThat(approved.json().get("type").asString()).isEqualTo("LEAVE_REQUEST_APPROVED");
        String traceId = approved.headers().getFirst("trace-id");
        assertThat(traceId).as("the trace-id header of the MESSAGE frame").matches("[0-9a-f]{32}");

        Trace trace = traceOf(traceId);
        SpanData request = trace.root();
        assertThat(request.getKind()).isEqualTo(SpanKind.SERVER);
        assertThat(request.getName()).isEqualTo("http post /api/leave-requests/{id}/approve");
        SpanData useCase = trace.only("ApproveLeaveRequestUseCase.approve");
        assertThat(trace.isDescendant(useCase, request)).isTrue();
        SpanData dispatch = trace.only("DispatchNotificationsUseCase.dispatch");
        assertThat(trace.isDescendant(dispatch, useCase)).as("the dispatch within the use case").isTrue();
        SpanData stored = trace.only("NotificationStorePort.append");
        assertThat(trace.isDescendant(stored, dispatch)).isTrue();
        Predicate<SpanData> mongo = span -> "mongodb".equals(span.getAttributes().get(DB_SYSTEM));
        assertThat(trace.descendants(stored, mongo)).as("the store's commands under the append").isNotEmpty();
        assertThat(trace.descendants(useCase, mongo).size()).as("the request read and saved by the use case itself")
                .isGreaterThan(trace.descendants(dispatch, mongo).size());
        SpanData pushed = trace.only("PushNotificationPort.pushNotification");
        assertThat(trace.isDescendant(pushed, dispatch)).as("the push within the dispatch").isTrue();
        assertThat(trace.isDescendant(trace.only("PushNotificationPort.pushUnreadCount"), dispatch)).isTrue();

        assertThat(output.getAll().lines().filter(line -> line.contains(traceId)))
                .as("the log lines written within the trace")
                .anyMatch(line -> line.contains("Dispatched 1 event(s) of leave request " + requestId));

        List<String> scraped = prometheus.scrape().lines().toList();
        assertThat(scraped).as("the observations timed, as docs/reliability.md names them")
                .anyMatch(line -> counts("leavenotify_use_case_seconds", line, "port=\"ApproveLeaveRequestUseCase\""))
                .anyMatch(line -> counts("leavenotify_port_seconds", line, "port=\"PushNotificationPort\""))
                .anyMatch(line -> counts("spring_data_mongodb_command_seconds", line, "collection=\"leave_requests\""));

        Path rendered = Path.of("target", "approval-trace.txt");
        Files.writeString(rendered, trace.render());
        assertThat(Files.readString(RepositoryRoot.find().resolve("docs/tracing.md")))
                .as("docs/tracing.md shows the spans this test sees")
                .contains(trace.ownSpanNames());
    }

    /** Whether {@code line} of a scrape is the count of timer {@code metric} with {@code label}. */
    private static boolean counts(String metric, String line, String label) {
        return line.startsWith(metric + "_count{") && line.contains(label);
    }

    private Trace traceOf(String traceId) {
        tracerProvider.forceFlush().join(10, TimeUnit.SECONDS);
        return new Trace(spans.getFinishedSpanItems().stream()
                .filter(span -> span.getTraceId().equals(traceId))
                .toList());
    }

    /** A Wednesday months ahead: a working day, clear of the other tests' requests. */
    private static LocalDate aWednesday() {
        return LocalDate.now(ZoneOffset.UTC).plusWeeks(61).with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY));
    }

    /** The finished spans of one trace, as a tree. */
    private record Trace(List<SpanData> spans) {

        SpanData root() {
            List<SpanData> roots = spans.stream().filter(span -> !span.getParentSpanContext().isValid()).toList();
            assertThat(roots).as("one root span").hasSize(1);
            return roots.get(0);
        }

        SpanData only(String name) {
            List<SpanData> named = spans.stream().filter(span -> span.getName().equals(name)).toList();
            assertThat(named).as("spans named " + name + " in " + names()).hasSize(1);
            return named.get(0);
        }

        boolean isDescendant(SpanData span, SpanData ancestor) {
            Optional<SpanData> parent = parentOf(span);
            while (parent.isPresent()) {
                if (parent.get().getSpanId().equals(ancestor.getSpanId())) {
                    return true;
                }
                parent = parentOf(parent.get());
            }
            return false;
        }

        List<SpanData> descendants(SpanData ancestor, Predicate<SpanData> which) {
            return spans.stream().filter(span -> isDescendant(span, ancestor)).filter(which).toList();
        }

        /** The names of the spans this application opens itself (use cases and ports). */
        String[] ownSpanNames() {
            return spans.stream().map(SpanData::getName).filter(name -> name.contains("Port.") || name.contains("UseCase."))
                    .distinct().toArray(String[]::new);
        }

        String render() {
            StringBuilder tree = new StringBuilder();
            render(root(), 0, tree);
            return tree.toString();
        }

        private void render(SpanData span, int depth, StringBuilder tree) {
            tree.append("  ".repeat(depth)).append(span.getName()).append('\n');
            childrenOf(span).forEach(child -> render(child, depth + 1, tree));
        }

        private List<SpanData> childrenOf(SpanData span) {
            return spans.stream().filter(child -> child.getParentSpanId().equals(span.getSpanId()))
                    .sorted(Comparator.comparingLong(SpanData::getStartEpochNanos)).toList();
        }

        private Optional<SpanData> parentOf(SpanData span) {
            return spans.stream().filter(parent -> parent.getSpanId().equals(span.getParentSpanId())).findFirst();
        }

        private String names() {
            Map<String, Long> counts = spans.stream()
                    .collect(Collectors.groupingBy(SpanData::getName, Collectors.counting()));
            return counts.toString();
        }
    }
}
