package org.leavenotify.adapter.web.spa;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a browser's navigation to a page of the app with {@code index.html}: a GET (or HEAD) that asks
 * for HTML by name in {@code Accept}, for a path outside the API and the server's own endpoints and
 * without a file extension. The app's router then shows the page, or its own not-found page. Everything
 * else (API calls, which ask for JSON; assets; the WebSocket handshake) passes through untouched, so an
 * unknown API path is still a 404 problem+json.
 */
final class SinglePageAppRoutes extends OncePerRequestFilter {

    /** Just before Spring Security's filter chain (-100). */
    static final int ORDER = -101;
    static final String INDEX = "/index.html";

    private static final List<String> SERVER_PATHS = List.of("/api", "/actuator", "/ws", "/ws-sockjs", "/v3",
            "/swagger-ui", "/error");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        if (!HttpMethod.GET.matches(method) && !HttpMethod.HEAD.matches(method)) {
            return true;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null || !accept.contains(MediaType.TEXT_HTML_VALUE)) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.isEmpty() || path.equals("/") || path.equals(INDEX)) {
            return true;
        }
        for (String server : SERVER_PATHS) {
            if (path.equals(server) || path.startsWith(server + "/") || path.startsWith(server + "?")) {
                return true;
            }
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        return last.contains(".");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noCache().getHeaderValue());
        request.getRequestDispatcher(INDEX).forward(request, response);
    }
}
