package org.leavenotify.adapter.web.problem;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * How every error of the API looks (RFC 9457): {@code type} is {@code about:blank}, {@code title} the
 * status phrase, {@code detail} what went wrong for a human, and {@code code} a stable name for programs.
 */
public final class Problems {

    /** The extension member naming the problem for programs, e.g. {@code OverlappingLeave}. */
    public static final String CODE = "code";
    /** The extension member listing field errors: {@code [{"field", "message"}]}. */
    public static final String ERRORS = "errors";

    private Problems() {
    }

    public static ProblemDetail problem(HttpStatus status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status.getReasonPhrase());
        problem.setProperty(CODE, code);
        return problem;
    }

    private static final URI BLANK_TYPE = URI.create("about:blank");

    /**
     * The members of a problem, ready to be written as JSON, as Spring MVC writes them: {@code type} is
     * left out when it is {@code about:blank} (RFC 9457 says a missing type means that).
     */
    static Map<String, Object> members(ProblemDetail problem) {
        Map<String, Object> members = new LinkedHashMap<>();
        URI type = problem.getType();
        if (type != null && !BLANK_TYPE.equals(type)) {
            members.put("type", type.toString());
        }
        members.put("title", problem.getTitle());
        members.put("status", problem.getStatus());
        members.put("detail", problem.getDetail());
        if (problem.getInstance() != null) {
            members.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            members.putAll(problem.getProperties());
        }
        return members;
    }
}
