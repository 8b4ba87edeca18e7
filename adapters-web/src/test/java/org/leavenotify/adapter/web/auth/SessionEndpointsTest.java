package org.leavenotify.adapter.web.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.leavenotify.adapter.web.WebSliceTest;
import org.leavenotify.application.auth.AuthenticationFailed;
import org.leavenotify.application.auth.AuthenticationFailed.Reason;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** {@code POST /api/auth/refresh} and {@code /api/auth/logout}, and the refresh cookie login sets. */
class SessionEndpointsTest extends WebSliceTest {

    private static final Instant EXPIRES = Instant.parse("2026-12-03T10:15:00Z");
    private static final Cookie REFRESH = new Cookie(RefreshCookie.NAME, "refresh-0");

    private String setCookie(org.springframework.test.web.servlet.ResultActions result) {
        return result.andReturn().getResponse().getHeader(HttpHeaders.SET_COOKIE);
    }

    @Test
    void loginSetsAnHttpOnlyStrictCookieForTheAuthPathOnly() throws Exception {
        when(sessions.signIn(any())).thenReturn(signedIn("a.b.c", EXPIRES));

        String cookie = setCookie(mvc.perform(post("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\": \"alice\", \"password\": \"demo\"}")).andExpect(status().isOk()));

        assertThat(cookie).startsWith(RefreshCookie.NAME + "=refresh-1;").contains("HttpOnly", "SameSite=Strict",
                "Path=/api/auth", "Max-Age=").doesNotContain("Secure");
    }

    @Test
    void overHttpsTheCookieIsSecure() throws Exception {
        when(sessions.refresh("refresh-0")).thenReturn(signedIn("a.b.c", EXPIRES));

        String cookie = setCookie(mvc.perform(post("/api/auth/refresh").secure(true).cookie(REFRESH)
                .header(LoginController.REQUESTED_WITH, "fetch")).andExpect(status().isOk()));

        assertThat(cookie).contains("Secure");
    }

    @Test
    void refreshingGivesANewTokenAndRotatesTheCookie() throws Exception {
        when(sessions.refresh("refresh-0")).thenReturn(signedIn("new.access.token", EXPIRES));

        String cookie = setCookie(mvc.perform(post("/api/auth/refresh").cookie(REFRESH)
                        .header(LoginController.REQUESTED_WITH, "fetch")
                        .header(HttpHeaders.AUTHORIZATION, "Bearer an-expired-one-sent-along"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-store"))
                .andExpect(jsonPath("$.accessToken").value("new.access.token"))
                .andExpect(jsonPath("$.expiresAt").value("2026-12-03T10:15:00Z")));

        assertThat(cookie).startsWith(RefreshCookie.NAME + "=refresh-1;");
    }

    @Test
    void aFormPostFromAnotherSiteCannotRefreshOrLogOut() throws Exception {
        mvc.perform(post("/api/auth/refresh").cookie(REFRESH)).andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("MissingRequestedWith"));
        mvc.perform(post("/api/auth/logout").cookie(REFRESH)).andExpect(status().isForbidden());

        verifyNoInteractions(sessions);
    }

    @Test
    void aRefusedRenewalSaysWhyAndRemovesTheCookie() throws Exception {
        when(sessions.refresh("refresh-0")).thenThrow(new AuthenticationFailed(Reason.REUSED_REFRESH_TOKEN));

        String cookie = setCookie(mvc.perform(post("/api/auth/refresh").cookie(REFRESH)
                        .header(LoginController.REQUESTED_WITH, "fetch"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("REUSED_REFRESH_TOKEN")));

        assertThat(cookie).startsWith(RefreshCookie.NAME + "=;").contains("Max-Age=0");
    }

    @Test
    void withoutACookieTheUseCaseSaysThereIsNoSession() throws Exception {
        when(sessions.refresh(null)).thenThrow(new AuthenticationFailed(Reason.MISSING_REFRESH_TOKEN));

        mvc.perform(post("/api/auth/refresh").header(LoginController.REQUESTED_WITH, "fetch"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("MISSING_REFRESH_TOKEN"));
    }

    @Test
    void loggingOutEndsTheSessionOfTheCookieAndRemovesIt() throws Exception {
        String cookie = setCookie(mvc.perform(post("/api/auth/logout").cookie(REFRESH)
                .header(LoginController.REQUESTED_WITH, "fetch")).andExpect(status().isNoContent()));

        verify(sessions).signOut("refresh-0");
        assertThat(cookie).contains("Max-Age=0");
    }

    @Test
    void loggingOutWithoutASessionIsNoError() throws Exception {
        mvc.perform(post("/api/auth/logout").header(LoginController.REQUESTED_WITH, "fetch"))
                .andExpect(status().isNoContent());

        verifyNoInteractions(sessions);
    }
}
