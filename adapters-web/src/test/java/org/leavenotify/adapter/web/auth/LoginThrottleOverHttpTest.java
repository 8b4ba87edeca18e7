package org.leavenotify.adapter.web.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.leavenotify.adapter.web.WebSliceTest;
import org.leavenotify.application.auth.AccessToken;
import org.leavenotify.application.auth.AuthenticationFailed;
import org.leavenotify.application.auth.AuthenticationFailed.Reason;
import org.leavenotify.application.auth.port.in.LogInUseCase.LogInCommand;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The login throttle is the use case's ({@code LoginThrottle}); over HTTP the controller hands it the
 * address the request came from and turns its refusals into 429 problems with {@code Retry-After}.
 */
class LoginThrottleOverHttpTest extends WebSliceTest {

    private static final String RIGHT = "{\"username\": \"alice\", \"password\": \"demo\"}";

    @Test
    void theUseCaseIsToldWhichAddressTheLoginCameFrom() throws Exception {
        when(sessions.signIn(any())).thenReturn(signedIn("header.payload.signature",
                Instant.parse("2099-01-01T00:00:00Z")));

        logIn("192.0.2.7", RIGHT).andExpect(status().isOk());

        verify(sessions).signIn(new LogInCommand("alice", "demo", "192.0.2.7"));
    }

    @Test
    void anAddressThatFailedTooOftenIsA429TooManyLoginFailuresWithRetryAfter() throws Exception {
        when(sessions.signIn(any())).thenThrow(new AuthenticationFailed(Reason.TOO_MANY_FAILURES_FROM_ADDRESS,
                Duration.ofSeconds(170)));

        String retryAfter = logIn("192.0.2.1", RIGHT)
                .andExpect(status().isTooManyRequests())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("TooManyLoginFailures"))
                .andExpect(jsonPath("$.detail").value("too many failed attempts from your address; try again in 170 s"))
                .andReturn().getResponse().getHeader(HttpHeaders.RETRY_AFTER);

        assertThat(retryAfter).isEqualTo("170");
    }

    @Test
    void aUsernameLockedForThisAddressIsA429LockedWithRetryAfter() throws Exception {
        when(sessions.signIn(any())).thenThrow(new AuthenticationFailed(Reason.LOCKED, Duration.ofMinutes(5)));

        logIn("192.0.2.5", RIGHT).andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.code").value("LOCKED"))
                .andExpect(result -> assertThat(result.getResponse().getHeader(HttpHeaders.RETRY_AFTER))
                        .isEqualTo("300"));
    }

    private ResultActions logIn(String address, String body) throws Exception {
        return mvc.perform(post("/api/auth/login").contentType(MediaType.APPLICATION_JSON).content(body)
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                }));
    }
}
