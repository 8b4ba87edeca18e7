package org.leavenotify.adapter.web;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.doThrow;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.leavenotify.application.auth.AccessToken;
import org.leavenotify.application.auth.AuthenticatedUser;
import org.leavenotify.application.auth.AuthenticationFailed;
import org.leavenotify.application.auth.RefreshToken;
import org.leavenotify.application.auth.SignedIn;
import org.leavenotify.application.auth.port.in.AuthenticateAccessTokenUseCase;
import org.leavenotify.application.auth.port.in.SessionUseCase;
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
import org.leavenotify.application.notification.port.in.ChangeNotificationPreferencesUseCase;
import org.leavenotify.application.notification.port.in.ListNotificationsQuery;
import org.leavenotify.application.notification.port.in.MarkAllNotificationsReadUseCase;
import org.leavenotify.application.notification.port.in.MarkNotificationReadUseCase;
import org.leavenotify.application.notification.port.in.MarkNotificationUnreadUseCase;
import org.leavenotify.application.notification.port.in.NotificationPreferencesQuery;
import org.leavenotify.application.notification.port.in.UnreadCountQuery;
import org.leavenotify.application.notification.port.in.UnsubscribeUseCase;
import org.leavenotify.domain.leave.Employees;
import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.organisation.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Base of the web slice tests: the whole web adapter over mocked use cases, one shared context. Callers
 * authenticate with fixed tokens: {@link #asAlice()} (employee), {@link #asBob()} (manager),
 * {@link #asHana()} (HR); any other token is refused.
 */
@WebMvcTest
public abstract class WebSliceTest implements AdministrationUseCaseMocks {

    public static final Instant TOKEN_EXPIRY = Instant.parse("2099-01-01T00:00:00Z");

    /**
     * What a sign-in or renewal gives: {@code accessToken} until {@code expiresAt}, and the refresh token
     * "refresh-1" for eight hours from now (the cookie's Max-Age is counted from the controller's clock).
     */
    protected static SignedIn signedIn(String accessToken, Instant expiresAt) {
        return new SignedIn(new AccessToken(accessToken, expiresAt),
                new RefreshToken("refresh-1", Instant.now().plus(java.time.Duration.ofHours(8))));
    }

    @Autowired
    protected MockMvc mvc;

    @MockitoBean
    protected AuthenticateAccessTokenUseCase authenticator;
    @MockitoBean
    protected SessionUseCase sessions;
    @MockitoBean
    protected SubmitLeaveRequestUseCase submit;
    @MockitoBean
    protected ApproveLeaveRequestUseCase approve;
    @MockitoBean
    protected RejectLeaveRequestUseCase reject;
    @MockitoBean
    protected CancelLeaveRequestUseCase cancel;
    @MockitoBean
    protected MyLeaveRequestsQuery myRequests;
    @MockitoBean
    protected TeamLeaveRequestsQuery teamRequests;
    @MockitoBean
    protected ViewLeaveRequestQuery viewRequest;
    @MockitoBean
    protected EmployeeNamesQuery names;
    @MockitoBean
    protected HolidayCalendarQuery holidayCalendar;
    @MockitoBean
    protected MyLeaveBalancesQuery balances;
    @MockitoBean
    protected ListNotificationsQuery listNotifications;
    @MockitoBean
    protected UnreadCountQuery unreadCount;
    @MockitoBean
    protected MarkNotificationReadUseCase markRead;
    @MockitoBean
    protected MarkAllNotificationsReadUseCase markAllRead;
    @MockitoBean
    protected MarkNotificationUnreadUseCase markUnread;
    @MockitoBean
    protected ArchiveNotificationUseCase archive;
    @Autowired
    protected NotificationPreferencesQuery preferences;
    @Autowired
    protected ChangeNotificationPreferencesUseCase changePreferences;
    @Autowired
    protected UnsubscribeUseCase unsubscribing;

    @BeforeEach
    void tokens() {
        doThrow(new AuthenticationFailed(AuthenticationFailed.Reason.BAD_SIGNATURE))
                .when(authenticator).authenticate(anyString());
        accept("alice-token", Employees.ALICE, Role.EMPLOYEE);
        accept("bob-token", Employees.BOB, Role.EMPLOYEE, Role.MANAGER);
        accept("hana-token", Employees.HANA, Role.EMPLOYEE, Role.HR_ADMIN);
    }

    private void accept(String token, EmployeeId employee, Role... roles) {
        doReturn(new AuthenticatedUser(employee, Set.of(roles), TOKEN_EXPIRY))
                .when(authenticator).authenticate("Bearer " + token);
    }

    /** Makes {@code token} refused for {@code failure} (tokens not set up are refused as BAD_SIGNATURE). */
    protected void refuse(String token, RuntimeException failure) {
        doThrow(failure).when(authenticator).authenticate("Bearer " + token);
    }

    protected static RequestPostProcessor asAlice() {
        return bearer("alice-token");
    }

    protected static RequestPostProcessor asBob() {
        return bearer("bob-token");
    }

    protected static RequestPostProcessor asHana() {
        return bearer("hana-token");
    }

    protected static RequestPostProcessor bearer(String token) {
        return request -> {
            request.addHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token);
            return request;
        };
    }
}
