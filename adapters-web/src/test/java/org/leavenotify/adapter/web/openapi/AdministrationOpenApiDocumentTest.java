package org.leavenotify.adapter.web.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.leavenotify.adapter.web.AdministrationUseCaseMocks;
import org.leavenotify.adapter.web.WebAdapterConfiguration;
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

/** The administration and password endpoints in the OpenAPI description, each with its problem responses. */
@SpringBootTest(classes = AdministrationOpenApiDocumentTest.WebOnlyApplication.class)
@AutoConfigureMockMvc
@MockitoBean(types = {AuthenticateAccessTokenUseCase.class, SessionUseCase.class, SubmitLeaveRequestUseCase.class,
        ApproveLeaveRequestUseCase.class, RejectLeaveRequestUseCase.class, CancelLeaveRequestUseCase.class,
        MyLeaveRequestsQuery.class, TeamLeaveRequestsQuery.class, ViewLeaveRequestQuery.class, EmployeeNamesQuery.class, HolidayCalendarQuery.class,
        MyLeaveBalancesQuery.class, ListNotificationsQuery.class, UnreadCountQuery.class,
        MarkNotificationReadUseCase.class, MarkAllNotificationsReadUseCase.class, MarkNotificationUnreadUseCase.class,
        ArchiveNotificationUseCase.class})
class AdministrationOpenApiDocumentTest implements AdministrationUseCaseMocks {

    /** Not a {@code @SpringBootConfiguration}, so that the {@code @WebMvcTest} slices never find it. */
    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    @Import(WebAdapterConfiguration.class)
    static class WebOnlyApplication {
    }

    private static final Map<String, String> OPERATIONS = Map.ofEntries(
            Map.entry("/api/admin/employees", "get post"),
            Map.entry("/api/admin/employees/{id}", "get"),
            Map.entry("/api/admin/employees/{id}/manager", "put"),
            Map.entry("/api/admin/employees/{id}/roles", "put"),
            Map.entry("/api/admin/employees/{id}/allowances/{year}", "put"),
            Map.entry("/api/admin/employees/{id}/deactivate", "post"),
            Map.entry("/api/admin/employees/{id}/password", "put"),
            Map.entry("/api/admin/holidays", "get"),
            Map.entry("/api/admin/holidays/{date}", "put delete"),
            Map.entry("/api/employees/import", "post"),
            Map.entry("/api/me/password", "post"));

    @Autowired
    private MockMvc mvc;

    @Test
    void everyAdministrationOperationIsDescribedWithItsProblems() throws Exception {
        JsonNode api = JsonMapper.shared().readTree(mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());

        OPERATIONS.forEach((path, methods) -> {
            for (String method : methods.split(" ")) {
                JsonNode operation = api.at("/paths/" + path.replace("/", "~1") + "/" + method);
                assertThat(operation.isObject()).as(method + " " + path).isTrue();
                assertThat(operation.at("/responses").propertyNames()).as(method + " " + path)
                        .contains("401", "500", "503");
            }
        });
        assertThat(api.at("/paths/~1api~1admin~1employees/post/responses").propertyNames())
                .contains("201", "400", "403", "409", "422");
        assertThat(api.at("/paths/~1api~1employees~1import/post/requestBody/content").propertyNames())
                .contains("text/csv");
        assertThat(api.toString()).contains("LEAVE_REQUEST_REASSIGNED", "MANAGER_CHANGED");
    }
}
