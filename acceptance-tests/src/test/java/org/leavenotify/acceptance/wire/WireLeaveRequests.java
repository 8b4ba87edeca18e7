package org.leavenotify.acceptance.wire;

import static org.leavenotify.acceptance.wire.WireWorld.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.leavenotify.acceptance.steps.LeaveRequests;
import org.leavenotify.acceptance.steps.Persona;
import tools.jackson.databind.JsonNode;

/** Asking for leave, deciding and cancelling it, over HTTP. */
class WireLeaveRequests implements LeaveRequests {

    private final WireWorld world;
    private final Http http;

    WireLeaveRequests(WireWorld world) {
        this.world = world;
        this.http = world.http();
    }

    @Override
    public LocalDate today() {
        return world.today();
    }

    @Override
    public String submit(Persona who, String leaveType, LocalDate start, LocalDate end) {
        return http.post("/api/leave-requests", token(who), Map.of("type", leaveType, "startDate", start.toString(),
                "endDate", end.toString(), "reason", "Time off")).path("id").asString();
    }

    @Override
    public void approve(Persona who, String requestId) {
        http.post("/api/leave-requests/" + requestId + "/approve", token(who), Map.of());
    }

    @Override
    public void reject(Persona who, String requestId, String reason) {
        http.post("/api/leave-requests/" + requestId + "/reject", token(who), Map.of("reason", reason));
    }

    @Override
    public void cancel(Persona who, String requestId) {
        http.post("/api/leave-requests/" + requestId + "/cancel", token(who), Map.of());
    }

    @Override
    public String statusOf(Persona owner, String requestId) {
        return http.get("/api/leave-requests/" + requestId, token(owner)).path("status").asString();
    }

    @Override
    public BigDecimal annualLeaveLeft(Persona who, int year) {
        for (JsonNode balance : http.get("/api/leave-balances/mine?year=" + year, token(who))) {
            if (balance.path("type").asString().equals("ANNUAL")) {
                return balance.path("remaining").decimalValue();
            }
        }
        throw new AssertionError("no ANNUAL balance for " + who);
    }

    @Override
    public List<String> pendingTeamRequestsOf(Persona manager) {
        return http.get("/api/leave-requests/team?status=PENDING", token(manager)).valueStream()
                .map(request -> request.path("id").asString()).toList();
    }

    @Override
    public BigDecimal workingDaysOf(Persona owner, String requestId) {
        return http.get("/api/leave-requests/" + requestId, token(owner)).path("workingDays").decimalValue();
    }

    private String token(Persona who) {
        return world.token(who);
    }
}
