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

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.leavenotify.adapter.web.WebSliceTest;
import org.leavenotify.application.auth.AccessToken;
import org.leavenotify.application.auth.AuthenticationFailed.Reason;
import org.leavenotify.application.auth.AuthenticationFailed;
import org.leavenotify.application.auth.port.in.LogInUseCase.LogInCommand;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.json.JsonAssert;
import org.springframework.test.json.JsonCompareMode;

/** {@code POST /api/auth/login}. */
class LoginControllerTest extends WebSliceTest {

    private static final String ALICE_DEMO = "{\"username\": \"alice\", \"password\": \"demo\"}";

    @Test
    void goodCredentialsGetABearerTokenThatIsNotCached() throws Exception {
        when(sessions.signIn(new LogInCommand("alice", "demo", "127.0.0.1")))
                .thenReturn(signedIn("header.payload.signature", Instant.parse("2026-11-26T11:00:00Z")));

        mvc.perform(post("/api/auth/login").contentType(MediaType.APPLICATION_JSON).content(ALICE_DEMO))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-store"))
                .andExpect(content().json("""
                        {"accessToken": "header.payload.signature", "tokenType": "Bearer",
                         "expiresAt": "2026-11-26T11:00:00Z"}""", JsonCompareMode.STRICT));
    }

    @Test
    void aNewPasswordGivenWithTheLoginIsPassedOn() throws Exception {
        when(sessions.signIn(new LogInCommand("rosa", "from the operator", "127.0.0.1", "her own passphrase")))
                .thenReturn(signedIn("header.payload.signature", Instant.parse("2026-11-26T11:00:00Z")));

        mvc.perform(post("/api/auth/login").contentType(MediaType.APPLICATION_JSON).content(
                        "{\"username\": \"rosa\", \"password\": \"from the operator\", \"newPassword\": \"her own passphrase\"}"))
                .andExpect(status().isOk());
    }

    @Test
    void everyLoginFailureGetsTheSame401WhateverTheCause() throws Exception {
        when(sessions.signIn(new LogInCommand("alice", "wrong", "127.0.0.1"))).thenThrow(new AuthenticationFailed(Reason.BAD_CREDENTIALS));
        when(sessions.signIn(new LogInCommand("nobody", "demo", "127.0.0.1"))).thenThrow(new AuthenticationFailed(Reason.BAD_CREDENTIALS));
        when(sessions.signIn(new LogInCommand("gone", "demo", "127.0.0.1"))).thenThrow(new AuthenticationFailed(Reason.INACTIVE_USER));

        String wrongPassword = failedLogin("{\"username\": \"alice\", \"password\": \"wrong\"}");
        String unknownUser = failedLogin("{\"username\": \"nobody\", \"password\": \"demo\"}");
        String inactiveUser = failedLogin("{\"username\": \"gone\", \"password\": \"demo\"}");

        assertThat(wrongPassword).isEqualTo(unknownUser).isEqualTo(inactiveUser);
        JsonAssert.comparator(JsonCompareMode.STRICT).assertIsMatch("""
                {"title": "Unauthorized", "status": 401, "detail": "wrong username or password",
                 "instance": "/api/auth/login", "code": "BAD_CREDENTIALS"}""", wrongPassword);
    }

    private String failedLogin(String body) throws Exception {
        return mvc.perform(post("/api/auth/login").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"leave-notify\""))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void aLockedUsernameIsA429WithRetryAfter() throws Exception {
        when(sessions.signIn(any())).thenThrow(new AuthenticationFailed(Reason.LOCKED, Duration.ofSeconds(299).plusMillis(1)));

        mvc.perform(post("/api/auth/login").contentType(MediaType.APPLICATION_JSON).content(ALICE_DEMO))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string(HttpHeaders.RETRY_AFTER, "300"))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("LOCKED"))
                .andExpect(jsonPath("$.detail").value("too many failed attempts for this username from your address; try again in 300 s"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"username\": \"\", \"password\": \"demo\"}", "{\"username\": \"alice\"}"})
    void missingCredentialsAreA400(String body) throws Exception {
        mvc.perform(post("/api/auth/login").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("ValidationFailed"))
                .andExpect(jsonPath("$.errors").isArray());
        verifyNoInteractions(sessions);
    }

    @Test
    void aPasswordIsNeverEchoedInAnError() throws Exception {
        String body = mvc.perform(post("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"alice\", \"password\": \"" + "s3cret".repeat(40) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("password"))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain("s3cret");
    }

    @Test
    void malformedJsonIsA400() throws Exception {
        mvc.perform(post("/api/auth/login").contentType(MediaType.APPLICATION_JSON).content("{username: alice}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MalformedJson"));
        verifyNoInteractions(sessions);
    }

    @Test
    void theUseCaseGetsTheCredentialsAsTyped() throws Exception {
        when(sessions.signIn(any())).thenThrow(new AuthenticationFailed(Reason.BAD_CREDENTIALS));

        mvc.perform(post("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\": \"Alice\", \"password\": \" demo \"}")).andExpect(status().isUnauthorized());

        verify(sessions).signIn(new LogInCommand("Alice", " demo ", "127.0.0.1"));
    }
}
