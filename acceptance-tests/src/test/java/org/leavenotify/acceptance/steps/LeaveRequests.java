package org.leavenotify.acceptance.steps;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Asking for leave, deciding and cancelling it, and what it leaves. */
public interface LeaveRequests {

    /** Today, as the system under test sees it. */
    LocalDate today();

    String submit(Persona who, String leaveType, LocalDate start, LocalDate end);

    void approve(Persona who, String requestId);

    void reject(Persona who, String requestId, String reason);

    void cancel(Persona who, String requestId);

    /** The request's status as its owner sees it. */
    String statusOf(Persona owner, String requestId);

    /** The working days the request counts, as its owner sees it. */
    BigDecimal workingDaysOf(Persona owner, String requestId);

    BigDecimal annualLeaveLeft(Persona who, int year);

    /** The ids of the pending requests waiting for this manager's decision (their team's). */
    List<String> pendingTeamRequestsOf(Persona manager);
}
