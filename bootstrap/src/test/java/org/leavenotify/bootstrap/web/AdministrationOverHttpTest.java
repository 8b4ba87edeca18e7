package org.leavenotify.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * HR administration end to end over HTTP, on the assembled application and the embedded store. Each
 * test creates the people it changes (with names of its own), so the demo organisation that the other
 * full-stack tests share stays as it is.
 */
class AdministrationOverHttpTest extends FullStackTest {

    private static final String PASSWORD = "a first password";

    private final HttpClient client = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;

    /** A username no other test uses. */
    private static String someone(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private String hr() {
        return api.logIn("hana");
    }

    private String create(String hr, String username, String roles, String managerId) {
        HttpApi.Answer created = api.post("/api/admin/employees", hr, """
                {"username": "%s", "displayName": "%s", "roles": %s, "managerId": %s, "annualAllowance": 25,
                 "initialPassword": "%s"}""".formatted(username, username.toUpperCase(), roles,
                managerId == null ? "null" : "\"" + managerId + "\"", PASSWORD));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private String logIn(String username, String password) {
        HttpApi.Answer answer = api.post("/api/auth/login", null,
                "{\"username\": \"" + username + "\", \"password\": \"" + password + "\"}");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().get("accessToken").asString();
    }

    private List<JsonNode> notificationsOf(String token) {
        return api.get("/api/notifications?limit=100", token).json().get("items").valueStream().toList();
    }

    @Test
    void hrMovesSomeoneToANewManagerWhoThenDecidesTheirPendingRequest() {
        String hr = hr();
        String dan = create(hr, someone("dan"), "[\"MANAGER\"]", null);
        String erin = create(hr, someone("erin"), "[]", "bob");
        String erinsToken = logIn(erin, PASSWORD);
        LocalDate day = aWednesday(11);
        String request = api.post("/api/leave-requests", erinsToken, """
                {"type": "ANNUAL", "startDate": "%s", "endDate": "%s"}""".formatted(day, day)).json().get("id").asString();

        HttpApi.Answer moved = send("PUT", "/api/admin/employees/" + erin + "/manager", hr, "application/json",
                "{\"managerId\": \"" + dan + "\"}");

        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.json().get("managerId").asString()).isEqualTo(dan);
        String dansToken = logIn(dan, PASSWORD);
        assertThat(notificationsOf(dansToken)).extracting(n -> n.get("type").asString())
                .containsExactlyInAnyOrder("LEAVE_REQUEST_REASSIGNED", "MANAGER_CHANGED");
        JsonNode told = notificationsOf(dansToken).stream()
                .filter(n -> n.get("type").asString().equals("MANAGER_CHANGED")).findFirst().orElseThrow();
        assertThat(told.get("leaveRequestId").isNull()).isTrue();
        assertThat(told.get("actor").get("id").asString()).isEqualTo("hana");
        assertThat(notificationsOf(erinsToken)).extracting(n -> n.get("type").asString()).contains("MANAGER_CHANGED");
        assertThat(api.post("/api/leave-requests/" + request + "/approve", api.logIn("bob"), null).status())
                .isEqualTo(404);
        HttpApi.Answer approved = api.post("/api/leave-requests/" + request + "/approve", dansToken, null);
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
    }

    @Test
    void aDeactivatedPersonsTokenIsRefusedAtOnceAndTheyCanNoLongerLogIn() {
        String hr = hr();
        String finn = create(hr, someone("finn"), "[]", "bob");
        String token = logIn(finn, PASSWORD);
        assertThat(api.get("/api/leave-requests/mine", token).status()).isEqualTo(200);

        HttpApi.Answer deactivated = api.post("/api/admin/employees/" + finn + "/deactivate", hr, null);

        assertThat(deactivated.status()).isEqualTo(200);
        assertThat(deactivated.json().get("active").asBoolean()).isFalse();
        HttpApi.Answer refused = api.get("/api/leave-requests/mine", token);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().get("code").asString()).isEqualTo("INACTIVE_USER");
        assertThat(api.post("/api/auth/login", null, "{\"username\": \"" + finn + "\", \"password\": \""
                + PASSWORD + "\"}").status()).isEqualTo(401);
    }

    @Test
    void anImportWithOneWrongLineCreatesNobodyAndAGoodOneCreatesEveryone() {
        String hr = hr();
        String boss = someone("boss");
        String report = someone("report");
        String badFile = "username,displayName,roles,managerUsername,allowance\n"
                + report + ",Report," + "EMPLOYEE," + boss + ",25\n"
                + boss + ",Boss,MANAGER|EMPLOYEE,,twenty\n";

        HttpApi.Answer rejected = send("POST", "/api/employees/import", hr, "text/csv", badFile);

        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.json().get("code").asString()).isEqualTo("EmployeeImportRejected");
        assertThat(rejected.json().get("errors").valueStream().map(e -> e.get("line").asInt()).toList())
                .containsExactly(2, 3);
        assertThat(api.get("/api/admin/employees/" + report, hr).status()).isEqualTo(404);
        assertThat(api.get("/api/admin/employees/" + boss, hr).status()).isEqualTo(404);

        HttpApi.Answer imported = send("POST", "/api/employees/import", hr, "text/csv",
                badFile.replace("twenty", "20").replace(",25\n", ",25," + PASSWORD + "\n"));

        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        assertThat(imported.json().get("created").valueStream().map(e -> e.get("username").asString()).toList())
                .containsExactly(boss, report);
        assertThat(api.get("/api/admin/employees/" + report, hr).json().get("managerId").asString()).isEqualTo(boss);
        logIn(report, PASSWORD);
    }

    @Test
    void peopleWhoAreNotHrAreRefusedEveryAdministrationCall() {
        String bob = api.logIn("bob");

        HttpApi.Answer list = api.get("/api/admin/employees", bob);
        HttpApi.Answer imported = send("POST", "/api/employees/import", bob, "text/csv", "x,X,,,25\n");
        HttpApi.Answer holiday = send("PUT", "/api/admin/holidays/" + aWednesday(30), bob, "application/json",
                "{\"name\": \"Bob's day\"}");

        for (HttpApi.Answer answer : List.of(list, imported, holiday)) {
            assertThat(answer.status()).isEqualTo(403);
            assertThat(answer.contentType()).startsWith("application/problem+json");
        }
        assertThat(api.get("/api/admin/employees/x", hr()).status()).isEqualTo(404);
    }

    @Test
    void someoneChangesTheirOwnPasswordAndLogsInWithTheNewOne() {
        String gus = create(hr(), someone("gus"), "[]", "bob");
        String token = logIn(gus, PASSWORD);

        HttpApi.Answer wrong = api.post("/api/me/password", token,
                "{\"currentPassword\": \"not it\", \"newPassword\": \"my own password\"}");
        HttpApi.Answer changed = api.post("/api/me/password", token,
                "{\"currentPassword\": \"" + PASSWORD + "\", \"newPassword\": \"my own password\"}");

        assertThat(wrong.status()).isEqualTo(403);
        assertThat(changed.status()).isEqualTo(204);
        logIn(gus, "my own password");
        assertThat(api.post("/api/auth/login", null, "{\"username\": \"" + gus + "\", \"password\": \""
                + PASSWORD + "\"}").status()).isEqualTo(401);
    }

    @Test
    void aNewHolidayShortensPendingLeaveOverItButNotApprovedLeave() {
        String hr = hr();
        String ivy = create(hr, someone("ivy"), "[]", "bob");
        String token = logIn(ivy, PASSWORD);
        LocalDate monday = aWholeWorkingWeek(33);
        String pending = api.post("/api/leave-requests", token, """
                {"type": "ANNUAL", "startDate": "%s", "endDate": "%s"}""".formatted(monday, monday.plusDays(4)))
                .json().get("id").asString();
        LocalDate wednesday = monday.plusDays(2);
        try {
            HttpApi.Answer added = send("PUT", "/api/admin/holidays/" + wednesday, hr, "application/json",
                    "{\"name\": \"A test holiday\"}");

            assertThat(added.status()).as(added.body()).isEqualTo(200);
            assertThat(added.json().get("recountedRequests").asInt()).isGreaterThanOrEqualTo(1);
            assertThat(api.get("/api/leave-requests/" + pending, token).json().get("workingDays").asInt())
                    .isEqualTo(4);
            assertThat(api.get("/api/admin/holidays?year=" + wednesday.getYear(), hr).json().valueStream()
                    .map(h -> h.get("date").asString())).contains(wednesday.toString());
        } finally {
            HttpApi.Answer removed = send("DELETE", "/api/admin/holidays/" + wednesday, hr, null, null);
            assertThat(removed.status()).isEqualTo(200);
        }
        assertThat(api.get("/api/leave-requests/" + pending, token).json().get("workingDays").asInt()).isEqualTo(5);
    }

    /** The Monday of a week at least {@code weeksAhead} ahead whose five days are working days of one year. */
    private static LocalDate aWholeWorkingWeek(int weeksAhead) {
        for (int weeks = weeksAhead; ; weeks++) {
            LocalDate monday = aWednesday(weeks).minusDays(2);
            LocalDate friday = monday.plusDays(4);
            boolean holidayInIt = monday.datesUntil(friday.plusDays(1)).anyMatch(day ->
                    (day.getMonthValue() == 1 && day.getDayOfMonth() == 1)
                            || (day.getMonthValue() == 5 && day.getDayOfMonth() == 1)
                            || (day.getMonthValue() == 12 && day.getDayOfMonth() >= 25));
            if (!holidayInIt && monday.getYear() == friday.getYear()) {
                return monday;
            }
        }
    }

    private HttpApi.Answer send(String method, String path, String token, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + token)
                .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body,
                        StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try {
            var response = client.send(request.build(), BodyHandlers.ofString());
            return new HttpApi.Answer(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
