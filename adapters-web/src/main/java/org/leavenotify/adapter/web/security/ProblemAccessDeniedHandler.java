package org.leavenotify.adapter.web.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.leavenotify.adapter.web.problem.ProblemResponseWriter;
import org.leavenotify.adapter.web.problem.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

/** Answers 403 as problem+json when an authenticated caller lacks the role a path needs. */
final class ProblemAccessDeniedHandler implements AccessDeniedHandler {

    private final ProblemResponseWriter problems;

    ProblemAccessDeniedHandler(ProblemResponseWriter problems) {
        this.problems = problems;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        problems.write(request, response, Problems.problem(HttpStatus.FORBIDDEN, "AccessDenied",
                "you may not do this"), HttpHeaders.EMPTY);
    }
}
