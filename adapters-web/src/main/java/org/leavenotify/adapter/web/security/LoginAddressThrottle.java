package org.leavenotify.adapter.web.security;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.leavenotify.adapter.web.problem.ProblemResponseWriter;
import org.leavenotify.adapter.web.problem.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingRequestWrapper;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Limits failed logins per remote address (OWASP Authentication Cheat Sheet: throttle by address as well
 * as by account, against one client trying many usernames). Each address has a Bucket4j token bucket;
 * each failed login (401) takes a token; while the bucket is empty, every login from that address is
 * answered 429 problem+json with {@code Retry-After} before the password is looked at. Successful logins
 * take nothing, so a busy office behind one address is only slowed down by its own mistakes.
 *
 * <p>Logins already under way when the bucket runs dry still finish, so a client firing in parallel
 * overshoots by at most the number of requests it has in flight; the bucket then goes below zero and that
 * client waits all the longer. Also logs and counts every failed login ({@link WebSecurityAudit}).
 */
final class LoginAddressThrottle extends OncePerRequestFilter {

    static final String CODE = "TooManyLoginFailures";
    private static final int MAX_TRACKED = 100_000;
    private static final int USERNAME_BYTES = 1024;

    private final LoginLimitsProperties.LoginFailures limit;
    private final ProblemResponseWriter problems;
    private final WebSecurityAudit audit;
    private final Map<String, Address> addresses = new ConcurrentHashMap<>();

    /** The failures of one address, and a bucket that lets one refusal a period reach the log. */
    private record Address(Bucket failures, Bucket logged) {
    }

    LoginAddressThrottle(LoginLimitsProperties.LoginFailures limit, ProblemResponseWriter problems,
                         WebSecurityAudit audit) {
        this.limit = limit;
        this.problems = problems;
        this.audit = audit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(HttpMethod.POST.matches(request.getMethod()) && SecurityConfiguration.LOGIN_PATH.equals(path));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String address = request.getRemoteAddr();
        Address state = stateOf(address);
        Bucket bucket = state.failures();
        if (bucket.getAvailableTokens() < 1) {
            refuse(request, response, address, state);
            return;
        }
        ContentCachingRequestWrapper cached = new ContentCachingRequestWrapper(request, USERNAME_BYTES);
        chain.doFilter(cached, response);
        int status = response.getStatus();
        if (status == HttpStatus.UNAUTHORIZED.value()) {
            bucket.consumeIgnoringRateLimits(1);
            audit.loginFailed(usernameIn(cached), address, "BAD_CREDENTIALS");
        } else if (status == HttpStatus.TOO_MANY_REQUESTS.value()) {
            audit.loginFailed(usernameIn(cached), address, "LOCKED");
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String address, Address state)
            throws IOException {
        long waitNanos = state.failures().estimateAbilityToConsume(1).getNanosToWaitForRefill();
        long seconds = Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
        audit.loginLimitExceeded(address, state.logged().tryConsume(1));
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        problems.write(request, response, Problems.problem(HttpStatus.TOO_MANY_REQUESTS, CODE,
                "too many failed logins from your address; try again in " + seconds + " s"), headers);
    }

    /** Forgets addresses whose bucket is full again when too many are tracked, so memory stays bounded. */
    private Address stateOf(String address) {
        if (addresses.size() > MAX_TRACKED) {
            addresses.values().removeIf(state -> state.failures().getAvailableTokens() >= limit.max());
        }
        return addresses.computeIfAbsent(address, key -> new Address(
                Bucket.builder().addLimit(bandwidth -> bandwidth.capacity(limit.max())
                        .refillGreedy(limit.max(), limit.period())).build(),
                Bucket.builder().addLimit(bandwidth -> bandwidth.capacity(1)
                        .refillIntervally(1, limit.period())).build()));
    }

    /** The username the client sent, for the log only; "-" if the body was not JSON with one. */
    private static String usernameIn(ContentCachingRequestWrapper request) {
        byte[] body = request.getContentAsByteArray();
        if (body.length == 0) {
            return "-";
        }
        try {
            JsonNode username = JsonMapper.shared().readTree(body).get("username");
            return username != null && username.isString() ? username.asString() : "-";
        } catch (RuntimeException notJson) {
            return "-";
        }
    }
}
