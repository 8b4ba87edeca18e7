package org.leavenotify.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The leave flow end to end over HTTP: Alice asks, Bob is told and approves, Alice is told. Notifications
 * are stored before the action answers, so each change is visible at once, without waiting.
 */
class LeaveFlowOverHttpTest extends FullStackTest {

    @Test
    void aSubmittedRequestReachesTheManagerAndHisApprovalReachesTheEmployee() {
        String alice = api.logIn("alice");
        String bob = api.logIn("bob");
        long bobsUnreadBefore = unreadCount(bob);
        long alicesUnreadBefore = unreadCount(alice);
        LocalDate day = aWednesday(3);

        HttpApi.Answer submitted = api.post("/api/leave-requests", alice, """
                {"type": "ANNUAL", "startDate": "%s", "endDate": "%s", "reason": "Dentist"}""".formatted(day, day));

        assertThat(submitted.status()).isEqualTo(201);
        String id = submitted.json().get("id").asString();
        assertThat(submitted.header("Location")).isEqualTo("/api/leave-requests/" + id);
        assertThat(submitted.json().get("status").asString()).isEqualTo("PENDING");
        assertThat(submitted.json().get("workingDays").isNumber()).isTrue();
        assertThat(api.get(submitted.header("Location"), alice).json().get("id").asString()).isEqualTo(id);

        assertThat(unreadCount(bob)).isEqualTo(bobsUnreadBefore + 1);
        JsonNode bobsNewest = newestNotification(bob);
        assertThat(bobsNewest.get("type").asString()).isEqualTo("LEAVE_REQUEST_SUBMITTED");
        assertThat(bobsNewest.get("leaveRequestId").asString()).isEqualTo(id);
        assertThat(bobsNewest.get("recipientId").asString()).isEqualTo("bob");
        assertThat(bobsNewest.get("actor").get("id").asString()).isEqualTo("alice");
        assertThat(bobsNewest.get("read").asBoolean()).isFalse();
        assertThat(teamRequestIds(bob)).contains(id);

        HttpApi.Answer approved = api.post("/api/leave-requests/" + id + "/approve", bob, "{\"comment\": \"Fine\"}");

        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.json().get("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.json().get("decisionComment").asString()).isEqualTo("Fine");
        assertThat(unreadCount(alice)).isEqualTo(alicesUnreadBefore + 1);
        JsonNode alicesNewest = newestNotification(alice);
        assertThat(alicesNewest.get("type").asString()).isEqualTo("LEAVE_REQUEST_APPROVED");
        assertThat(alicesNewest.get("leaveRequestId").asString()).isEqualTo(id);
        assertThat(alicesNewest.get("actor").get("displayName").asString()).isEqualTo("Bob Baker");

        HttpApi.Answer read = api.post("/api/notifications/" + alicesNewest.get("id").asString() + "/read", alice, null);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("unreadCount").asLong()).isEqualTo(alicesUnreadBefore);
        assertThat(newestNotification(alice).get("read").asBoolean()).isTrue();
    }

    @Test
    void aCallerCannotSeeOrChangeAnotherEmployeesRequestOrNotification() {
        String alice = api.logIn("alice");
        String carol = api.logIn("carol");
        String bob = api.logIn("bob");
        LocalDate day = aWednesday(5);
        String id = api.post("/api/leave-requests", alice, """
                {"type": "ANNUAL", "startDate": "%s", "endDate": "%s"}""".formatted(day, day)).json().get("id").asString();
        String bobsNotification = newestNotification(bob).get("id").asString();

        HttpApi.Answer seen = api.get("/api/leave-requests/" + id, carol);
        HttpApi.Answer cancelled = api.post("/api/leave-requests/" + id + "/cancel", carol, null);
        HttpApi.Answer approved = api.post("/api/leave-requests/" + id + "/approve", carol, null);
        HttpApi.Answer marked = api.post("/api/notifications/" + bobsNotification + "/read", carol, null);

        for (HttpApi.Answer refused : new HttpApi.Answer[] {seen, cancelled, approved, marked}) {
            assertThat(refused.status()).as(refused.body()).isEqualTo(404);
            assertThat(refused.contentType()).isEqualTo("application/problem+json");
        }
        assertThat(api.get("/api/leave-requests/" + id, alice).json().get("status").asString()).isEqualTo("PENDING");
        assertThat(newestNotification(bob).get("read").asBoolean()).isFalse();
        assertThat(api.get("/api/notifications", carol).body()).doesNotContain(bobsNotification);
    }

    @Test
    void rulesAndStatesAreRefusedAsProblems() {
        String carol = api.logIn("carol");
        String bob = api.logIn("bob");
        LocalDate day = aWednesday(7);
        String body = """
                {"type": "ANNUAL", "startDate": "%s", "endDate": "%s"}""".formatted(day, day);
        String id = api.post("/api/leave-requests", carol, body).json().get("id").asString();

        HttpApi.Answer overlapping = api.post("/api/leave-requests", carol, body);
        assertThat(overlapping.status()).isEqualTo(422);
        assertThat(overlapping.json().get("code").asString()).isEqualTo("OverlappingLeave");

        assertThat(api.post("/api/leave-requests/" + id + "/reject", bob, "{\"reason\": \"Release week\"}").status())
                .isEqualTo(200);
        HttpApi.Answer again = api.post("/api/leave-requests/" + id + "/approve", bob, null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("LeaveRequestNotPending");
        assertThat(newestNotification(carol).get("type").asString()).isEqualTo("LEAVE_REQUEST_REJECTED");

        HttpApi.Answer notAManager = api.get("/api/leave-requests/team", carol);
        assertThat(notAManager.status()).isEqualTo(403);
        assertThat(notAManager.contentType()).isEqualTo("application/problem+json");
    }

    @Test
    void theBalanceShowsWhatIsReservedAndUsed() {
        String hana = api.logIn("hana");
        HttpApi.Answer balances = api.get("/api/leave-balances/mine", hana);

        assertThat(balances.status()).isEqualTo(200);
        JsonNode annual = balances.json().get(0);
        assertThat(annual.get("type").asString()).isEqualTo("ANNUAL");
        assertThat(annual.get("allowance").asInt()).isEqualTo(25);
        assertThat(balances.json().get(1).get("allowance").isNull()).isTrue();
    }

    private long unreadCount(String token) {
        HttpApi.Answer answer = api.get("/api/notifications/unread-count", token);
        assertThat(answer.status()).isEqualTo(200);
        return answer.json().get("unreadCount").asLong();
    }

    private JsonNode newestNotification(String token) {
        HttpApi.Answer answer = api.get("/api/notifications?limit=1", token);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("items").size()).isEqualTo(1);
        return answer.json().get("items").get(0);
    }

    private List<String> teamRequestIds(String token) {
        HttpApi.Answer answer = api.get("/api/leave-requests/team?status=PENDING", token);
        assertThat(answer.status()).isEqualTo(200);
        return answer.json().valueStream().map(request -> request.get("id").asString()).toList();
    }
}
