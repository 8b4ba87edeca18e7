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
    OTHER;

    private static final Map<String, Refusal> BY_CODE = Map.of(
            "OverlappingLeave", OVERLAPPING_LEAVE,
            "InsufficientBalance", NOT_ENOUGH_BALANCE,
            "CannotDecideOwnRequest", OWN_REQUEST,
            "LeaveRequestNotFound", NO_SUCH_REQUEST,
            "LeaveRequestNotPending", ALREADY_DECIDED,
            "LeaveAlreadyStarted", ALREADY_STARTED,
            "NotificationNotFound", NO_SUCH_NOTIFICATION,
            "NotTheApprover", NOT_ALLOWED,
            "NotTheRequester", NOT_ALLOWED);

    /** Maps the refusal code the system reports (the domain refusal's name) to its business meaning. */
    public static Refusal fromCode(String code) {
        return BY_CODE.getOrDefault(code, OTHER);
    }
}
