package org.leavenotify.adapter.web.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leavenotify.adapter.web.AdministrationUseCaseMocks;
import org.leavenotify.adapter.web.WebAdapterConfiguration;
import org.leavenotify.application.auth.port.in.AuthenticateAccessTokenUseCase;
import org.leavenotify.application.auth.port.in.SessionUseCase;
import org.leavenotify.application.leave.port.in.ApproveLeaveRequestUseCase;
import org.leavenotify.application.leave.port.in.CancelLeaveRequestUseCase;
import org.leavenotify.application.leave.port.in.MyLeaveBalancesQuery;
import org.leavenotify.application.leave.port.in.MyLeaveRequestsQuery;
import org.leavenotify.application.leave.port.in.RejectLeaveRequestUseCase;
import org.leavenotify.application.leave.port.in.SubmitLeaveRequestUseCase;
import org.leavenotify.application.leave.port.in.TeamLeaveRequestsQuery;
import org.leavenotify.application.leave.port.in.EmployeeNamesQuery;
import org.leavenotify.application.leave.port.in.HolidayCalendarQuery;
import org.leavenotify.application.leave.port.in.ViewLeaveRequestQuery;
import org.leavenotify.application.notification.port.in.ListNotificationsQuery;
import org.leavenotify.application.notification.port.in.ArchiveNotificationUseCase;
import org.leavenotify.application.notification.port.in.MarkAllNotificationsReadUseCase;
import org.leavenotify.application.notification.port.in.MarkNotificationReadUseCase;
import org.leavenotify.application.notification.port.in.MarkNotificationUnreadUseCase;
import org.leavenotify.application.notification.port.in.UnreadCountQuery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI description as springdoc serves it with the whole web adapter and every auto-configuration
 * of this module: public, with the bearer scheme and the problem responses of every operation.
 */
@SpringBootTest(classes = OpenApiDocumentTest.WebOnlyApplication.class)
@AutoConfigureMockMvc
class OpenApiDocumentTest implements AdministrationUseCaseMocks {

    /** Not a {@code @SpringBootConfiguration}, so that the {@code @WebMvcTest} slices never find it. */
    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    @Import(WebAdapterConfiguration.class)
    static class WebOnlyApplication {
    }

    private static final Map<String, List<String>> OPERATIONS = Map.of(
            "/api/auth/login", List.of("post"),
            "/api/leave-requests", List.of("post"),
            "/api/leave-requests/mine", List.of("get"),
            "/api/leave-requests/team", List.of("get"),
            "/api/leave-requests/{id}", List.of("get"),
            "/api/leave-requests/{id}/approve", List.of("post"),
            "/api/leave-requests/{id}/reject", List.of("post"),
            "/api/leave-requests/{id}/cancel", List.of("post"),
            "/api/leave-balances/mine", List.of("get"),
            "/api/notifications", List.of("get"));

    private static final Map<String, List<String>> MORE_OPERATIONS = Map.of(
            "/api/notifications/unread-count", List.of("get"),
            "/api/notifications/{id}/read", List.of("post"),
            "/api/notifications/read-all", List.of("post"),
            "/api/notification-preferences", List.of("get", "put"));

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    AuthenticateAccessTokenUseCase authenticator;
    @MockitoBean
    SessionUseCase sessions;
    @MockitoBean
    SubmitLeaveRequestUseCase submit;
    @MockitoBean
    ApproveLeaveRequestUseCase approve;
    @MockitoBean
    RejectLeaveRequestUseCase reject;
    @MockitoBean
    CancelLeaveRequestUseCase cancel;
    @MockitoBean
    MyLeaveRequestsQuery myRequests;
    @MockitoBean
    TeamLeaveRequestsQuery teamRequests;
    @MockitoBean
    ViewLeaveRequestQuery viewRequest;
    @MockitoBean
    EmployeeNamesQuery names;
    @MockitoBean
    HolidayCalendarQuery holidayCalendar;
    @MockitoBean
    MyLeaveBalancesQuery balances;
    @MockitoBean
    ListNotificationsQuery listNotifications;
    @MockitoBean
    UnreadCountQuery unreadCount;
    @MockitoBean
    MarkNotificationReadUseCase markRead;
    @MockitoBean
    MarkAllNotificationsReadUseCase markAllRead;
    @MockitoBean
    MarkNotificationUnreadUseCase markUnread;
    @MockitoBean
    ArchiveNotificationUseCase archive;

    private JsonNode api;

    @BeforeEach
    void fetchTheDescriptionWithoutAToken() throws Exception {
        String body = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        api = JsonMapper.shared().readTree(body);
    }

    @Test
    void theBearerSchemeIsDescribedAndRequiredByDefault() {
        JsonNode scheme = api.at("/components/securitySchemes/bearer");
        assertThat(scheme.get("type").asString()).isEqualTo("http");
        assertThat(scheme.get("scheme").asString()).isEqualTo("bearer");
        assertThat(scheme.get("bearerFormat").asString()).isEqualTo("JWT");
        assertThat(api.at("/security/0/bearer").isArray()).isTrue();
    }

    @Test
    void everyEndpointIsDescribed() {
        assertThat(api.get("paths").propertyNames())
                .containsAll(OPERATIONS.keySet()).containsAll(MORE_OPERATIONS.keySet());
        allOperations().forEach((path, methods) -> methods.forEach(method ->
                assertThat(api.at(pointer(path, method)).isObject()).as(method + " " + path).isTrue()));
    }

    @Test
    void loginNeedsNoTokenAndEverythingElseDoes() {
        assertThat(api.at(pointer("/api/auth/login", "post") + "/security").isArray()).isTrue();
        assertThat(api.at(pointer("/api/auth/login", "post") + "/security").isEmpty()).isTrue();
        assertThat(api.at(pointer("/api/leave-requests", "post") + "/security").isMissingNode()).isTrue();
    }

    @Test
    void theUnsubscribeLinkOfAnEmailNeedsNoToken() {
        for (String method : List.of("get", "post")) {
            String operation = pointer("/api/unsubscribe", method);
            assertThat(api.at(operation + "/security").isArray()).as(method).isTrue();
            assertThat(api.at(operation + "/security").isEmpty()).as(method).isTrue();
            assertThat(api.at(operation + "/responses").propertyNames()).as(method).doesNotContain("401");
        }
    }

    @Test
    void everyOperationDocumentsItsProblemResponses() {
        allOperations().forEach((path, methods) -> methods.forEach(method -> {
            JsonNode responses = api.at(pointer(path, method) + "/responses");
            assertThat(responses.propertyNames()).as(method + " " + path).contains("500", "503");
            if (!path.equals("/api/auth/login")) {
                assertThat(responses.propertyNames()).as(method + " " + path).contains("401");
            }
            responses.properties().stream().filter(entry -> entry.getKey().matches("[45]\\d\\d"))
                    .forEach(entry -> assertThat(entry.getValue()
                            .at("/content/application~1problem+json/schema/$ref").asString())
                            .as(method + " " + path + " " + entry.getKey())
                            .isEqualTo("#/components/schemas/Problem"));
        }));
        assertThat(api.at(pointer("/api/leave-requests", "post") + "/responses").propertyNames())
                .contains("201", "400", "422").doesNotContain("200");
        assertThat(api.at(pointer("/api/leave-requests/{id}/approve", "post") + "/responses").propertyNames())
                .contains("403", "404", "409");
        assertThat(api.at(pointer("/api/auth/login", "post") + "/responses").propertyNames())
                .contains("401", "429");
    }

    @Test
    void theProblemSchemaHasTheCodeAndFieldErrors() {
        JsonNode problem = api.at("/components/schemas/Problem/properties");
        assertThat(problem.propertyNames()).contains("type", "title", "status", "detail", "instance", "code",
                "errors");
    }

    @Test
    void theCallerIsNotAParameter() {
        assertThat(api.at(pointer("/api/leave-requests/mine", "get") + "/parameters").isMissingNode()
                || api.at(pointer("/api/leave-requests/mine", "get") + "/parameters").isEmpty()).isTrue();
    }

    @Test
    void swaggerUiIsServedWithoutAToken() throws Exception {
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
    }

    private static Map<String, List<String>> allOperations() {
        var all = new HashMap<>(OPERATIONS);
        all.putAll(MORE_OPERATIONS);
        return all;
    }

    private static String pointer(String path, String method) {
        return "/paths/" + path.replace("~", "~0").replace("/", "~1") + "/" + method;
    }
}
