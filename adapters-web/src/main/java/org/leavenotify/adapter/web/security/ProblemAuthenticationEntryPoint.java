package org.leavenotify.adapter.web.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.leavenotify.adapter.web.problem.BearerChallenge;
import org.leavenotify.adapter.web.problem.ProblemResponseWriter;
import org.leavenotify.adapter.web.problem.Problems;
import org.leavenotify.application.auth.AuthenticationFailed.Reason;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Answers 401 as problem+json with a {@code WWW-Authenticate: Bearer} challenge: either no token was
 * sent ({@code MISSING_TOKEN}), or the token was refused and the code names why
 * ({@code EXPIRED_TOKEN}, {@code BAD_SIGNATURE}, ...).
 */
final class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final ProblemResponseWriter problems;

    ProblemAuthenticationEntryPoint(ProblemResponseWriter problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
                         AuthenticationException failure) throws IOException {
        HttpHeaders headers = new HttpHeaders();
        if (failure instanceof AccessTokenRefused refused) {
            headers.set(HttpHeaders.WWW_AUTHENTICATE, BearerChallenge.invalidToken(refused.reason().description()));
            problems.write(request, response, Problems.problem(HttpStatus.UNAUTHORIZED, refused.reason().name(),
                    refused.reason().description()), headers);
            return;
        }
        headers.set(HttpHeaders.WWW_AUTHENTICATE, BearerChallenge.plain());
        problems.write(request, response, Problems.problem(HttpStatus.UNAUTHORIZED, Reason.MISSING_TOKEN.name(),
                "this needs a bearer token (Authorization: Bearer <token>); POST /api/auth/login gives one"), headers);
    }
}
