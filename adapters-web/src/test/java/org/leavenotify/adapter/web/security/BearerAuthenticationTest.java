package org.leavenotify.adapter.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.leavenotify.adapter.web.WebSliceTest;
import org.leavenotify.application.auth.AccessToken;
import org.leavenotify.application.auth.AuthenticationFailed.Reason;
import org.leavenotify.application.auth.AuthenticationFailed;
import org.leavenotify.application.shared.StoreUnavailable;
import org.leavenotify.domain.leave.Employees;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The security filter chain: who gets through to the API, and how refusals look. */
class BearerAuthenticationTest extends WebSliceTest {

    @Test
    void aRequestWithoutATokenIsRefusedWith401ProblemAndABearerChallenge() throws Exception {
        mvc.perform(get("/api/notifications/unread-count"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"leave-notify\""))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.title").value("Unauthorized"))
                .andExpect(jsonPath("$.code").value("MISSING_TOKEN"))
                .andExpect(jsonPath("$.instance").value("/api/notifications/unread-count"))
                .andExpect(jsonPath("$.detail").value(containsString("bearer token")));
        verify(unreadCount, never()).unreadCount(any());
    }

    @ParameterizedTest
    @EnumSource(value = Reason.class, names = {"MALFORMED_TOKEN", "UNSIGNED_TOKEN", "BAD_SIGNATURE", "EXPIRED_TOKEN",
            "NOT_YET_VALID_TOKEN", "WRONG_ISSUER", "WRONG_AUDIENCE", "INACTIVE_USER"})
    void aRefusedTokenIsAnswered401WithTheReasonAsCode(Reason reason) throws Exception {
        refuse("refused", new AuthenticationFailed(reason));

        mvc.perform(get("/api/leave-requests/mine").with(bearer("refused")))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, startsWith(
                        "Bearer realm=\"leave-notify\", error=\"invalid_token\"")))
                .andExpect(jsonPath("$.code").value(reason.name()))
                .andExpect(jsonPath("$.detail").value(reason.description()));
        verify(myRequests, never()).myRequests(any());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Basic YWxpY2U6ZGVtbw==", "Token alice-token", "alice-token", "Bearer"})
    void anAuthorizationHeaderThatIsNotABearerTokenIsRefused(String header) throws Exception {
        mvc.perform(get("/api/leave-requests/mine").header(HttpHeaders.AUTHORIZATION, header))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aValidTokenReachesTheApiAsItsEmployee() throws Exception {
        when(unreadCount.unreadCount(Employees.ALICE)).thenReturn(3L);

        mvc.perform(get("/api/notifications/unread-count").with(asAlice()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unreadCount").value(3));
    }

    @Test
    void theApiKeepsNoSession() throws Exception {
        mvc.perform(get("/api/notifications/unread-count").with(asAlice()))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist(HttpHeaders.SET_COOKIE))
                .andExpect(result -> assertThat(result.getRequest().getSession(false)).isNull());
    }

    @Test
    void aStateChangingCallNeedsNoCsrfTokenBecauseItCarriesABearerToken() throws Exception {
        when(markAllRead.markAllRead(Employees.ALICE)).thenReturn(2L);

        mvc.perform(post("/api/notifications/read-all").with(asAlice()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.updated").value(2));
    }

    @Test
    void loginNeedsNoTokenAndIgnoresAStaleOne() throws Exception {
        when(sessions.signIn(any())).thenReturn(signedIn("a.b.c", Instant.parse("2026-11-26T11:00:00Z")));

        mvc.perform(post("/api/auth/login").header(HttpHeaders.AUTHORIZATION, "Bearer expired-long-ago")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"username\":\"alice\",\"password\":\"demo\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accessToken").value("a.b.c"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/index.html", "/assets/app.js", "/favicon.ico", "/ws", "/ws/info", "/ws-sockjs/info",
            "/actuator/health", "/actuator/health/readiness", "/v3/api-docs", "/swagger-ui.html",
            "/swagger-ui/index.html"})
    void publicPathsAreNotAskedForAToken(String path) throws Exception {
        // Nothing is served at these paths in this slice: a 404 shows the request got past security.
        mvc.perform(get(path)).andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/unknown", "/anything-else", "/actuator/metrics", "/api/auth/other"})
    void everythingElseNeedsAToken(String path) throws Exception {
        mvc.perform(get(path)).andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void actuatorEndpointsOtherThanHealthNeedTheHrAdminRole() throws Exception {
        mvc.perform(get("/actuator/metrics").with(asAlice()))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403))
                .andExpect(jsonPath("$.code").value("AccessDenied"));
        mvc.perform(get("/actuator/metrics").with(asHana()))
                .andExpect(status().isNotFound());
    }

    @Test
    void thereIsNoPasswordUserBesideTheBearerTokens(@Autowired ApplicationContext context) {
        assertThat(context.getBeanNamesForType(UserDetailsService.class)).isEmpty();
    }

    @Test
    void anUnknownPathIsA404ProblemForAnAuthenticatedCaller() throws Exception {
        mvc.perform(get("/api/unknown").with(asAlice()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("NotFound"));
    }

    @Test
    void aWrongMethodIsA405Problem() throws Exception {
        mvc.perform(put("/api/notifications/unread-count").with(asAlice()))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("MethodNotAllowed"));
    }

    @Test
    void anUnreachableStoreWhileCheckingTheTokenIsA503WithRetryAfter() throws Exception {
        refuse("store-down", new StoreUnavailable("directory down", new RuntimeException("connection refused")));

        mvc.perform(get("/api/leave-requests/mine").with(bearer("store-down")))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string(HttpHeaders.RETRY_AFTER, "5"))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("StoreUnavailable"))
                .andExpect(jsonPath("$.detail").value(not(containsString("connection refused"))));
    }
}
