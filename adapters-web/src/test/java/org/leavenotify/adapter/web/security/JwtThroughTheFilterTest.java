package org.leavenotify.adapter.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.leavenotify.adapter.web.security.HandMadeTokens.claims;
import static org.leavenotify.adapter.web.security.HandMadeTokens.hs256;
import static org.leavenotify.adapter.web.security.HandMadeTokens.jwtHeader;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.leavenotify.adapter.web.AdministrationUseCaseMocks;
import org.leavenotify.application.auth.AuthenticationService;
import org.leavenotify.application.auth.SessionService;
import org.leavenotify.application.auth.StoredCredentials;
import org.leavenotify.application.auth.port.out.AccessTokenPort;
import org.leavenotify.application.auth.port.out.PasswordHasherPort;
import org.leavenotify.adapter.memory.InMemoryCredentialStore;
import org.leavenotify.adapter.memory.InMemoryEmployeeDirectory;
import org.leavenotify.adapter.memory.InMemoryRefreshTokens;
import org.leavenotify.adapter.memory.InMemorySessionGenerations;
import org.leavenotify.application.leave.port.in.ApproveLeaveRequestUseCase;
import org.leavenotify.application.leave.port.in.CancelLeaveRequestUseCase;
import org.leavenotify.application.leave.port.in.EmployeeNamesQuery;
import org.leavenotify.application.leave.port.in.HolidayCalendarQuery;
import org.leavenotify.application.leave.port.in.MyLeaveBalancesQuery;
import org.leavenotify.application.leave.port.in.MyLeaveRequestsQuery;
import org.leavenotify.application.leave.port.in.RejectLeaveRequestUseCase;
import org.leavenotify.application.leave.port.in.SubmitLeaveRequestUseCase;
import org.leavenotify.application.leave.port.in.TeamLeaveRequestsQuery;
import org.leavenotify.application.leave.port.in.ViewLeaveRequestQuery;
import org.leavenotify.application.notification.port.in.ArchiveNotificationUseCase;
import org.leavenotify.application.notification.port.in.ListNotificationsQuery;
import org.leavenotify.application.notification.port.in.MarkAllNotificationsReadUseCase;
import org.leavenotify.application.notification.port.in.MarkNotificationReadUseCase;
import org.leavenotify.application.notification.port.in.MarkNotificationUnreadUseCase;
import org.leavenotify.application.notification.port.in.UnreadCountQuery;
import org.leavenotify.domain.leave.Employees;
import org.leavenotify.domain.organisation.Employee;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * The token matrix through HTTP: the real JWT adapter and the real authentication service behind the
 * security filter, configured with a known secret. Every refused token is a 401 problem naming why, and
 * the API behind it is never called.
 */
// The hand-made tokens live an hour (HandMadeTokens), longer than the 15-minute default would accept.
@WebMvcTest(properties = {"leavenotify.jwt.secret=" + "AwoRGB8mLTQ7QklQV15lbHN6gYiPlp2kq7K5wMfO1dw=",
        "leavenotify.jwt.lifetime=60m"})
@Import(JwtThroughTheFilterTest.RealAuthentication.class)
class JwtThroughTheFilterTest implements AdministrationUseCaseMocks {

    @TestConfiguration(proxyBeanMethods = false)
    static class RealAuthentication {

        @Bean
        InMemoryEmployeeDirectory employeeDirectory() {
            InMemoryEmployeeDirectory directory = new InMemoryEmployeeDirectory();
            directory.save(Employees.alice());
            directory.save(Employees.bob());
            Employee gone = new Employee(Employees.CAROL, "carol", "Carol Chen", Employees.carol().roles(),
                    Employees.BOB, false);
            directory.save(gone);
            return directory;
        }

        @Bean
        InMemorySessionGenerations sessionGenerations() {
            return new InMemorySessionGenerations();
        }

        @Bean
        AuthenticationService authenticationService(AccessTokenPort tokens, PasswordHasherPort hasher,
                                                    InMemoryEmployeeDirectory directory,
                                                    InMemorySessionGenerations generations) {
            InMemoryCredentialStore credentials = new InMemoryCredentialStore();
            credentials.save(new StoredCredentials("alice", Employees.ALICE, hasher.hash("demo")));
            return new AuthenticationService(credentials, hasher, tokens, directory,
                    new org.leavenotify.application.auth.LoginThrottle(new org.leavenotify.adapter.memory.InMemoryFailedAttempts(),
                            Clock.systemUTC()), generations);
        }

        @Bean
        SessionService sessionService(AuthenticationService authentication, AccessTokenPort tokens,
                                      InMemoryEmployeeDirectory directory, InMemorySessionGenerations generations) {
            return new SessionService(authentication, new InMemoryRefreshTokens(), tokens, directory, generations,
                    new SessionService.Lifetimes(Duration.ofHours(8), Duration.ofDays(7)), Clock.systemUTC());
        }
    }

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private SubmitLeaveRequestUseCase submit;
    @MockitoBean
    private ApproveLeaveRequestUseCase approve;
    @MockitoBean
    private RejectLeaveRequestUseCase reject;
    @MockitoBean
    private CancelLeaveRequestUseCase cancel;
    @MockitoBean
    private MyLeaveRequestsQuery myRequests;
    @MockitoBean
    private TeamLeaveRequestsQuery teamRequests;
    @MockitoBean
    private ViewLeaveRequestQuery viewRequest;
    @MockitoBean
    private EmployeeNamesQuery names;
    @MockitoBean
    private HolidayCalendarQuery holidayCalendar;
    @MockitoBean
    private MyLeaveBalancesQuery balances;
    @MockitoBean
    private ListNotificationsQuery listNotifications;
    @MockitoBean
    private UnreadCountQuery unreadCount;
    @MockitoBean
    private MarkNotificationReadUseCase markRead;
    @MockitoBean
    private MarkAllNotificationsReadUseCase markAllRead;
    @MockitoBean
    private MarkNotificationUnreadUseCase markUnread;
    @MockitoBean
    private ArchiveNotificationUseCase archive;

    @Test
    void theConfiguredSecretIsTheOneTheHandMadeTokensUse() {
        assertThat(HandMadeTokens.SECRET)
                .isEqualTo("AwoRGB8mLTQ7QklQV15lbHN6gYiPlp2kq7K5wMfO1dw=");
    }

    @Test
    void aValidHandMadeTokenGetsThrough() throws Exception {
        when(unreadCount.unreadCount(Employees.ALICE)).thenReturn(2L);

        mvc.perform(get("/api/notifications/unread-count")
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + hs256(jwtHeader(), claims(Instant.now()))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unreadCount").value(2));
    }

    @Test
    void aTokenFromLoginGetsThrough() throws Exception {
        when(unreadCount.unreadCount(Employees.ALICE)).thenReturn(5L);
        String body = mvc.perform(post("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"alice\", \"password\": \"demo\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tokenType").value("Bearer"))
                .andReturn().getResponse().getContentAsString();
        String token = JsonMapper.shared().readTree(body).get("accessToken").asString();

        mvc.perform(get("/api/notifications/unread-count").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unreadCount").value(5));
    }

    @Test
    void theRefreshCookieRenewsOnceAndAReplayedOneEndsTheSignIn() throws Exception {
        when(unreadCount.unreadCount(Employees.ALICE)).thenReturn(5L);
        Cookie first = mvc.perform(post("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"alice\", \"password\": \"demo\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getCookie("leavenotify_refresh");

        var renewed = mvc.perform(post("/api/auth/refresh").cookie(first).header("X-Requested-With", "fetch"))
                .andExpect(status().isOk()).andReturn().getResponse();
        String token = JsonMapper.shared().readTree(renewed.getContentAsString()).get("accessToken").asString();
        Cookie second = renewed.getCookie("leavenotify_refresh");

        mvc.perform(get("/api/notifications/unread-count").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isOk());
        mvc.perform(post("/api/auth/refresh").cookie(first).header("X-Requested-With", "fetch"))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value("REUSED_REFRESH_TOKEN"));
        mvc.perform(post("/api/auth/refresh").cookie(second).header("X-Requested-With", "fetch"))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value("SESSION_ENDED"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.leavenotify.adapter.web.security.TokenMatrix#cases")
    void aTokenThatIsWrongInAnyWayIsA401ProblemNamingWhy(TokenMatrix.Case refused) throws Exception {
        String token = refused.token().apply(Instant.now());

        mvc.perform(get("/api/notifications/unread-count").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, startsWith("Bearer realm=\"leave-notify\", "
                        + "error=\"invalid_token\"")))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.code").value(refused.reason().name()));
        verifyNoInteractions(unreadCount);
    }

    @Test
    void aValidTokenOfSomeoneWhoIsNoLongerActiveIsRefused() throws Exception {
        String carols = hs256(jwtHeader(), HandMadeTokens.with(claims(Instant.now()), "sub", "carol"));

        mvc.perform(get("/api/notifications/unread-count").header(HttpHeaders.AUTHORIZATION, "Bearer " + carols))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("INACTIVE_USER"));
    }
}
