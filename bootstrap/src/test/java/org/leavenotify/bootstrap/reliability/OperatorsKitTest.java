package org.leavenotify.bootstrap.reliability;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.leavenotify.bootstrap.LeaveNotifyApplication;
import org.leavenotify.bootstrap.repository.RepositoryRoot;
import org.leavenotify.testsupport.StompFrameClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operators' kit in {@code ops/} (the Grafana dashboard and the Prometheus alert rules) names only
 * metrics the application really exports: the application is made to raise every one of its own (a
 * notification pushed, a wrong password, a forged token, a refused frame, frames beyond the limit), then
 * every metric in every query of the kit must be in its {@code /actuator/prometheus} scrape. Same settings
 * as {@link MetricsMoveTest}, so both share one running application.
 */
@SpringBootTest(classes = LeaveNotifyApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"leavenotify.store=mongodb",
                "leavenotify.embedded-store.data-dir=target/web-test-data/${random.uuid}",
                // no refill within a test: 55 frames go beyond the burst of 50 however slowly they are sent
                "leavenotify.limits.stomp-frames.refill-period=1h"})
class OperatorsKitTest {

    private static final Path DASHBOARD = Path.of("ops", "grafana", "leave-notify.json");
    private static final Path ALERTS = Path.of("ops", "prometheus", "leave-notify-alerts.yml");
    /** Series Prometheus makes itself rather than scraping them. */
    private static final Set<String> MADE_BY_PROMETHEUS = Set.of("up");
    private static final Set<String> PROMQL_WORDS = Set.of("sum", "max", "min", "avg", "count", "rate", "increase",
            "irate", "by", "without", "and", "or", "unless", "on", "ignoring", "group_left", "group_right",
            "histogram_quantile", "label_replace", "max_over_time", "avg_over_time", "abs", "bool", "offset");
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"");
    private static final Pattern LABELS = Pattern.compile("\\{[^}]*}");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");

    private final Path root = RepositoryRoot.find();

    @LocalServerPort
    int port;

    @Test
    void everyMetricTheDashboardAndTheAlertsUseIsExported() throws IOException {
        Prometheus scrape = afterEveryKindOfEvent();
        Set<String> used = new TreeSet<>();
        dashboardQueries().forEach(query -> used.addAll(metricsIn(query)));
        alertRules().forEach(rule -> used.addAll(metricsIn(String.valueOf(rule.get("expr")))));

        assertThat(used).as("metrics the kit uses").contains("leavenotify_outbox_oldest_age_seconds",
                "leavenotify_notifications_push_latency_seconds_bucket", "leavenotify_stomp_broker_available");
        List<String> missing = used.stream().filter(metric -> !MADE_BY_PROMETHEUS.contains(metric))
                .filter(metric -> !scrape.has(metric)).toList();
        assertThat(missing).as("metrics the kit uses that the application does not export").isEmpty();
    }

    @Test
    void everyAlertSaysHowBadItIsAndWhatHappened() throws IOException {
        List<Map<String, Object>> rules = alertRules();

        assertThat(rules).isNotEmpty().allSatisfy(rule -> {
            assertThat(String.valueOf(rule.get("alert"))).startsWith("LeaveNotify");
            assertThat(((Map<?, ?>) rule.get("labels")).get("severity")).isIn("critical", "warning");
            assertThat(((Map<?, ?>) rule.get("annotations")).get("summary")).isNotNull();
        });
        assertThat(rules).extracting(rule -> rule.get("alert")).doesNotHaveDuplicates();
    }

    @Test
    void theQueriesFindWhatTheyAreMeantToFind() {
        assertThat(metricsIn("histogram_quantile(0.99, sum by (le) (rate(a_b_bucket{le=\"x_y\"}[5m]))) > 1"))
                .containsExactly("a_b_bucket");
        assertThat(metricsIn("sum(rate(x_total{reason=~\"A_B|C\"}[5m])) + up{job=\"j\"}"))
                .containsExactlyInAnyOrder("x_total", "up");
    }

    private Prometheus afterEveryKindOfEvent() {
        Api api = new Api(HttpClient.newHttpClient(), port);
        String alice = api.logIn("alice");
        String bob = api.logIn("bob");
        String forged = alice.substring(0, alice.length() - 3) + (alice.endsWith("AAA") ? "BBB" : "AAA");
        api.logIn("carol", "not her password");
        api.get("/api/notifications", forged);
        try (StompFrameClient bobsPhone = StompFrameClient.connect(api.http(), port, bob)) {
            bobsPhone.subscribe("n", "/user/queue/notifications");
            api.askForADay(alice, LocalDate.now(ZoneOffset.UTC).plusWeeks(97).with(TemporalAdjusters.next(DayOfWeek.THURSDAY)));
            bobsPhone.next(frame -> frame.command().equals("MESSAGE"));
            bobsPhone.subscribe("errors", "/user/queue/errors");
            for (int i = 0; i < 55; i++) {
                bobsPhone.send("SEND\ndestination:/app/notifications/mark-all-read\n\n\0");
            }
            bobsPhone.next(frame -> frame.command().equals("MESSAGE") && frame.body().contains("\"status\":429"));
            bobsPhone.send("SUBSCRIBE\nid:t\ndestination:/topic/everything\n\n\0");
            bobsPhone.nextCommand("ERROR");
        }
        return new Prometheus(api.get("/actuator/prometheus", api.logIn("hana")).ok().body());
    }

    private List<String> dashboardQueries() throws IOException {
        JsonNode dashboard = Api.JSON.readTree(Files.readString(root.resolve(DASHBOARD)));
        List<String> queries = new ArrayList<>();
        for (JsonNode panel : dashboard.get("panels")) {
            assertThat(panel.get("targets")).as("queries of " + panel.get("title")).isNotEmpty();
            panel.get("targets").forEach(target -> queries.add(target.get("expr").asString()));
        }
        return queries;
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> alertRules() throws IOException {
        Map<String, Object> file = new Yaml().load(Files.readString(root.resolve(ALERTS)));
        List<Map<String, Object>> rules = new ArrayList<>();
        for (Map<String, Object> group : (List<Map<String, Object>>) file.get("groups")) {
            rules.addAll((List<Map<String, Object>>) group.get("rules"));
        }
        return rules;
    }

    /** The metric names in a PromQL query: identifiers outside strings and label matchers, not PromQL's own words. */
    static Set<String> metricsIn(String query) {
        String bare = LABELS.matcher(QUOTED.matcher(query).replaceAll("\"\"")).replaceAll(" ");
        bare = bare.replaceAll("\\[[^]]*]", " ").replaceAll("\\b(by|without|on|ignoring)\\s*\\([^)]*\\)", " ");
        Set<String> metrics = new TreeSet<>();
        Matcher identifier = IDENTIFIER.matcher(bare);
        while (identifier.find()) {
            if (!PROMQL_WORDS.contains(identifier.group())) {
                metrics.add(identifier.group());
            }
        }
        return metrics;
    }
}
