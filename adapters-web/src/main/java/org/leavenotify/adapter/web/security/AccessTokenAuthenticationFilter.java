package org.leavenotify.adapter.web.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.leavenotify.application.auth.AuthenticatedUser;
import org.leavenotify.application.auth.AuthenticationFailed;
import org.leavenotify.application.auth.port.in.AuthenticateAccessTokenUseCase;
import org.leavenotify.adapter.web.problem.ProblemResponseWriter;
import org.leavenotify.application.shared.StoreUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a request that carries {@code Authorization: Bearer <token>} through the application's
 * {@link AuthenticateAccessTokenUseCase} (the same check the STOMP CONNECT frame gets), and puts the
 * employee and their roles in the security context for this request only.
 *
 * <p>A request without the header passes on unauthenticated: the authorization rules then decide (public
 * paths are served, everything else gets 401). A header that is present but refused, or that uses another
 * scheme, is answered 401 at once, with the reason in the problem body. The login endpoint ignores the
 * header, so a stale token never stops anyone from logging in again.
 */
final class AccessTokenAuthenticationFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(AccessTokenAuthenticationFilter.class);
    private static final String BEARER = "Bearer ";

    private final AuthenticateAccessTokenUseCase authenticator;
    private final AuthenticationEntryPoint entryPoint;
    private final ProblemResponseWriter problems;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    private final WebSecurityAudit audit;

    AccessTokenAuthenticationFilter(AuthenticateAccessTokenUseCase authenticator, AuthenticationEntryPoint entryPoint,
                                    ProblemResponseWriter problems, WebSecurityAudit audit) {
        this.authenticator = authenticator;
        this.entryPoint = entryPoint;
        this.problems = problems;
        this.audit = audit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return SecurityConfiguration.SESSION_PATHS.contains(path);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            chain.doFilter(request, response);
            return;
        }
        try {
            if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
                throw new AuthenticationFailed(AuthenticationFailed.Reason.MALFORMED_TOKEN);
            }
            AuthenticatedUser user = authenticator.authenticate(header);
            SecurityContext context = contexts.createEmptyContext();
            context.setAuthentication(new AccessTokenAuthentication(user));
            contexts.setContext(context);
        } catch (AuthenticationFailed refused) {
            contexts.clearContext();
            audit.tokenRefused(request.getMethod(), request.getRequestURI(), request.getRemoteAddr(),
                    refused.reason().name());
            entryPoint.commence(request, response, new AccessTokenRefused(refused));
            return;
        } catch (StoreUnavailable unavailable) {
            contexts.clearContext();
            LOG.warn("Store unavailable while checking a bearer token: {}", unavailable.getMessage());
            problems.writeStoreUnavailable(request, response);
            return;
        }
        chain.doFilter(request, response);
    }
}
