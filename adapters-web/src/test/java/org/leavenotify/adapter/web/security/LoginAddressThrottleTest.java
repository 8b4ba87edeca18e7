package org.leavenotify.adapter.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.leavenotify.adapter.web.WebSliceTest;
import org.leavenotify.application.auth.AccessToken;
import org.leavenotify.application.auth.AuthenticationFailed;
import org.leavenotify.application.auth.AuthenticationFailed.Reason;
import org.leavenotify.application.auth.port.in.LogInUseCase.LogInCommand;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Failed logins per remote address ({@code leavenotify.limits.login-failures-per-address}), set here to 3
 * an hour so that nothing refills during a test. Each test uses an address of its own.
 */
@TestPropertySource(properties = {"leavenotify.limits.login-failures-per-address.max=3",
        "leavenotify.limits.login-failures-per-address.period=1h"})
class LoginAddressThrottleTest extends WebSliceTest {

    private static final String WRONG = "{\"username\": \"alice\", \"password\": \"wrong\"}";
    private static final String RIGHT = "{\"username\": \"alice\", \"password\": \"demo\"}";

    @Test
    void afterThreeFailedLoginsFromOneAddressTheNextIsRefusedWith429AndRetryAfterWithoutCheckingThePassword()
            throws Exception {
        when(logIn.logIn(any())).thenThrow(new AuthenticationFailed(Reason.BAD_CREDENTIALS));
        for (int i = 0; i < 3; i++) {
            logIn("192.0.2.1", WRONG).andExpect(status().isUnauthorized());
        }
        clearInvocations(logIn);

        String retryAfter = logIn("192.0.2.1", RIGHT)
                .andExpect(status().isTooManyRequests())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value(LoginAddressThrottle.CODE))
                .andExpect(jsonPath("$.status").value(429))
                .andReturn().getResponse().getHeader(HttpHeaders.RETRY_AFTER);

        assertThat(Long.parseLong(retryAfter)).isBetween(1L, 3600L);
        verify(logIn, times(0)).logIn(any());
    }

    @Test
    void anotherAddressCanStillLogIn() throws Exception {
        when(logIn.logIn(any())).thenThrow(new AuthenticationFailed(Reason.BAD_CREDENTIALS));
        for (int i = 0; i < 4; i++) {
            logIn("192.0.2.2", WRONG);
        }
        doReturn(new AccessToken("header.payload.signature", Instant.parse("2099-01-01T00:00:00Z")))
                .when(logIn).logIn(new LogInCommand("alice", "demo"));

        logIn("192.0.2.3", RIGHT).andExpect(status().isOk());
    }

    @Test
    void successfulLoginsAndMalformedRequestsCostNothing() throws Exception {
        when(logIn.logIn(new LogInCommand("alice", "demo")))
                .thenReturn(new AccessToken("header.payload.signature", Instant.parse("2099-01-01T00:00:00Z")));
        for (int i = 0; i < 10; i++) {
            logIn("192.0.2.4", RIGHT).andExpect(status().isOk());
            logIn("192.0.2.4", "{not json").andExpect(status().isBadRequest());
        }
    }

    @Test
    void aLockedUsernameCostsTheAddressNothing() throws Exception {
        when(logIn.logIn(any())).thenThrow(new AuthenticationFailed(Reason.LOCKED, java.time.Duration.ofMinutes(5)));
        for (int i = 0; i < 5; i++) {
            logIn("192.0.2.5", WRONG).andExpect(status().isTooManyRequests())
                    .andExpect(jsonPath("$.code").value("LOCKED"));
        }
    }

    private ResultActions logIn(String address, String body) throws Exception {
        return mvc.perform(post("/api/auth/login").contentType(MediaType.APPLICATION_JSON).content(body)
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                }));
    }
}
