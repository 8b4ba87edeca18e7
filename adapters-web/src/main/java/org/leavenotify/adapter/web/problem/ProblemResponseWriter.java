package org.leavenotify.adapter.web.problem;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a problem straight to the servlet response, for errors raised in filters before Spring MVC
 * (the security layer, the request size limit), so that they look like every other error of the API.
 */
public final class ProblemResponseWriter {

    private final JsonMapper json = JsonMapper.shared();
    private final Duration storeRetryAfter;

    ProblemResponseWriter(Duration storeRetryAfter) {
        this.storeRetryAfter = storeRetryAfter;
    }

    /** 503 with {@code Retry-After}, as the exception handler answers it. */
    public void writeStoreUnavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, ApiExceptionHandler.seconds(storeRetryAfter));
        write(request, response, ApiExceptionHandler.storeUnavailableProblem(), headers);
    }

    public void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem,
                      HttpHeaders headers) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        if (problem.getInstance() == null) {
            try {
                problem.setInstance(URI.create(request.getRequestURI()));
            } catch (IllegalArgumentException notAUri) {
                // leave the instance out rather than fail while reporting a failure
            }
        }
        response.resetBuffer();
        response.setStatus(problem.getStatus());
        headers.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), Problems.members(problem));
        response.flushBuffer();
    }
}
