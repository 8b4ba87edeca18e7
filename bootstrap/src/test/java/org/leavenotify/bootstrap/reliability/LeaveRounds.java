package org.leavenotify.bootstrap.reliability;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * Leave traffic for the fault suite, and what it must have produced. A round is one employee asking for
 * an unpaid day and the manager deciding (every third approved, the others rejected); a round whose
 * step failed is resumed from what the server says happened, so that a crash in the middle of a call
 * is neither lost nor done twice.
 */
public final class LeaveRounds {

    private static final Set<MonthDay> DEMO_HOLIDAYS = Set.of(MonthDay.of(1, 1), MonthDay.of(5, 1),
            MonthDay.of(12, 25), MonthDay.of(12, 26));

    private LeaveRounds() {
    }

    /** {@code count} working days from 30 days ahead, none a demo holiday. */
    public static List<LocalDate> workingDays(int count) {
        List<LocalDate> days = new ArrayList<>();
        LocalDate day = LocalDate.now(ZoneOffset.UTC).plusDays(30);
        while (days.size() < count) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                    && !DEMO_HOLIDAYS.contains(MonthDay.from(day))) {
                days.add(day);
            }
            day = day.plusDays(1);
        }
        return days;
    }

    /**
     * Plays one round to its end. Any failure (the server gone, a 5xx) is handed to {@code onFailure},
     * which returns once the server may be tried again; the round then goes on from where the server is.
     */
    public static void play(Api api, String employeeToken, String managerToken, LocalDate day, boolean approve,
                            Runnable onFailure) {
        boolean uncertain = false;
        String requestId = null;
        while (true) {
            try {
                if (requestId == null) {
                    requestId = uncertain ? requestOn(api, employeeToken, day) : null;
                    if (requestId == null) {
                        requestId = api.askForADay(employeeToken, day);
                    }
                }
                if (uncertain && !"PENDING".equals(api.get("/api/leave-requests/" + requestId, managerToken).ok()
                        .json().get("status").asString())) {
                    return;
                }
                Api.Answer decided = approve ? api.approve(managerToken, requestId) : api.reject(managerToken, requestId);
                if (decided.status() == 409 && uncertain) {
                    return;
                }
                decided.ok();
                return;
            } catch (RuntimeException failure) {
                uncertain = true;
                onFailure.run();
            }
        }
    }

    private static String requestOn(Api api, String token, LocalDate day) {
        for (JsonNode request : api.get("/api/leave-requests/mine", token).ok().json()) {
            if (request.get("startDate").asString().equals(day.toString())) {
                return request.get("id").asString();
            }
        }
        return null;
    }

    /**
     * What the store must hold, from the requests as they ended: for each request of the employees, its
     * submission to their manager and its decision to them. Keyed by recipient: {@code type/request id}.
     */
    public static Map<String, Set<String>> expectedNotifications(Api api, Map<String, String> tokens,
                                                                 Map<String, String> managerOf) {
        Map<String, Set<String>> expected = new HashMap<>();
        for (Map.Entry<String, String> employee : managerOf.entrySet()) {
            for (JsonNode request : api.get("/api/leave-requests/mine", tokens.get(employee.getKey())).ok().json()) {
                String id = request.get("id").asString();
                expected.computeIfAbsent(employee.getValue(), k -> new HashSet<>()).add("LEAVE_REQUEST_SUBMITTED/" + id);
                String status = request.get("status").asString();
                if (status.equals("APPROVED") || status.equals("REJECTED")) {
                    expected.computeIfAbsent(employee.getKey(), k -> new HashSet<>())
                            .add("LEAVE_REQUEST_" + status + "/" + id);
                }
            }
        }
        return expected;
    }

    /** The stored notifications of one recipient as {@code type/request id}, in id order (duplicates kept). */
    public static List<String> storedKeys(List<JsonNode> notifications) {
        return notifications.stream()
                .map(n -> n.get("type").asString() + "/" + n.get("leaveRequestId").asString()).toList();
    }

    public static List<String> ids(List<JsonNode> notifications) {
        return notifications.stream().map(n -> n.get("id").asString()).toList();
    }
}
