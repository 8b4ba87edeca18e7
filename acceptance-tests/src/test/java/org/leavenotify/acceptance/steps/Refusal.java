package org.leavenotify.acceptance.steps;

import java.util.Map;

/** The refusals the feature files talk about, by the business name the system gives them. */
public enum Refusal {
    OVERLAPPING_LEAVE,
    NOT_ENOUGH_BALANCE,
    OWN_REQUEST,
    NO_SUCH_REQUEST,
    ALREADY_DECIDED,
    ALREADY_STARTED,
    NO_SUCH_NOTIFICATION,
    NOT_ALLOWED,
    EXPIRED_PASS,
    FORGED_PASS,
    USERNAME_TAKEN,
    NOT_A_MANAGER,
    REPORTING_CYCLE,
    STILL_MANAGES_PEOPLE,
    LIST_REJECTED,
    WRONG_PASSWORD,
    OTHER;

    private static final Map<String, Refusal> BY_CODE = Map.ofEntries(
            Map.entry("OverlappingLeave", OVERLAPPING_LEAVE),
            Map.entry("InsufficientBalance", NOT_ENOUGH_BALANCE),
            Map.entry("CannotDecideOwnRequest", OWN_REQUEST),
            Map.entry("LeaveRequestNotFound", NO_SUCH_REQUEST),
            Map.entry("LeaveRequestNotPending", ALREADY_DECIDED),
            Map.entry("LeaveAlreadyStarted", ALREADY_STARTED),
            Map.entry("NotificationNotFound", NO_SUCH_NOTIFICATION),
            Map.entry("NotTheApprover", NOT_ALLOWED),
            Map.entry("NotTheRequester", NOT_ALLOWED),
            Map.entry("NotAnAdministrator", NOT_ALLOWED),
            Map.entry("AccessDenied", NOT_ALLOWED),
            Map.entry("UsernameTaken", USERNAME_TAKEN),
            Map.entry("NotAnActiveManager", NOT_A_MANAGER),
            Map.entry("ReportingCycle", REPORTING_CYCLE),
            Map.entry("ManagerStillHasReports", STILL_MANAGES_PEOPLE),
            Map.entry("EmployeeImportRejected", LIST_REJECTED),
            Map.entry("CurrentPasswordIncorrect", WRONG_PASSWORD));

    /** Maps the refusal code the system reports (the domain refusal's name) to its business meaning. */
    public static Refusal fromCode(String code) {
        return BY_CODE.getOrDefault(code, OTHER);
    }
}
