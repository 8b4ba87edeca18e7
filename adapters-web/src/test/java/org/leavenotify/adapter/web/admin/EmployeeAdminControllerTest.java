package org.leavenotify.adapter.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.leavenotify.adapter.web.WebSliceTest;
import org.leavenotify.application.administration.port.in.ChangeAllowanceUseCase;
import org.leavenotify.application.administration.port.in.ChangeAllowanceUseCase.ChangeAllowanceCommand;
import org.leavenotify.application.administration.port.in.ChangeManagerUseCase;
import org.leavenotify.application.administration.port.in.ChangeManagerUseCase.ChangeManagerCommand;
import org.leavenotify.application.administration.port.in.ChangeRolesUseCase;
import org.leavenotify.application.administration.port.in.ChangeRolesUseCase.ChangeRolesCommand;
import org.leavenotify.application.administration.port.in.CreateEmployeeUseCase;
import org.leavenotify.application.administration.port.in.CreateEmployeeUseCase.CreateEmployeeCommand;
import org.leavenotify.application.administration.port.in.DeactivateEmployeeUseCase;
import org.leavenotify.application.administration.port.in.DeactivateEmployeeUseCase.DeactivateEmployeeCommand;
import org.leavenotify.application.administration.port.in.EmployeesQuery;
import org.leavenotify.application.administration.port.in.EmployeesQuery.EmployeeRecord;
import org.leavenotify.application.administration.port.in.SetPasswordUseCase;
import org.leavenotify.application.administration.port.in.SetPasswordUseCase.SetPasswordCommand;
import org.leavenotify.domain.leave.EmployeeNotFound;
import org.leavenotify.domain.leave.Employees;
import org.leavenotify.domain.leave.LeaveBalance;
import org.leavenotify.domain.leave.LeaveType;
import org.leavenotify.domain.leave.WorkingDays;
import org.leavenotify.domain.organisation.Employee;
import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.organisation.ManagerStillHasReports;
import org.leavenotify.domain.organisation.NotAnActiveManager;
import org.leavenotify.domain.organisation.PasswordTooShort;
import org.leavenotify.domain.organisation.ReportingCycle;
import org.leavenotify.domain.organisation.Role;
import org.leavenotify.domain.organisation.UsernameTaken;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** {@code /api/admin/employees}: HR only, thin over the administration use cases. */
class EmployeeAdminControllerTest extends WebSliceTest {

    private static final String DAN = """
            {"username": "dan", "displayName": "Dan Doyle", "roles": ["MANAGER"], "managerId": "bob",
             "annualAllowance": 22.5, "initialPassword": "a first password"}""";

    @Autowired
    private CreateEmployeeUseCase create;
    @Autowired
    private ChangeManagerUseCase changeManager;
    @Autowired
    private ChangeRolesUseCase changeRoles;
    @Autowired
    private ChangeAllowanceUseCase changeAllowance;
    @Autowired
    private DeactivateEmployeeUseCase deactivate;
    @Autowired
    private SetPasswordUseCase setPassword;
    @Autowired
    private EmployeesQuery employees;

    private static Employee dan() {
        return Employees.dan().withManager(Employees.BOB);
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    @Nested
    class OnlyHr {

        @ParameterizedTest
        @ValueSource(strings = {"alice-token", "bob-token"})
        void anEmployeeOrAManagerIsRefusedWith403AndNothingIsCalled(String token) throws Exception {
            mvc.perform(json(post("/api/admin/employees"), DAN).with(bearer(token)))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.code").value("AccessDenied"));
            mvc.perform(get("/api/admin/employees").with(bearer(token))).andExpect(status().isForbidden());
            mvc.perform(json(put("/api/admin/employees/carol/manager"), "{\"managerId\": \"dan\"}")
                    .with(bearer(token))).andExpect(status().isForbidden());
            mvc.perform(post("/api/admin/employees/alice/deactivate").with(bearer(token)))
                    .andExpect(status().isForbidden());

            verifyNoInteractions(create, changeManager, deactivate, employees);
        }

        @Test
        void withoutATokenItIs401() throws Exception {
            mvc.perform(get("/api/admin/employees"))
                    .andExpect(status().isUnauthorized())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        }
    }

    @Nested
    class Creating {

        @Test
        void hrCreatesAnEmployeeWhoseUrlIsInLocation() throws Exception {
            when(create.create(any())).thenReturn(dan());

            mvc.perform(json(post("/api/admin/employees"), DAN).with(asHana()))
                    .andExpect(status().isCreated())
                    .andExpect(header().string(HttpHeaders.LOCATION, "/api/admin/employees/dan"))
                    .andExpect(jsonPath("$.id").value("dan"))
                    .andExpect(jsonPath("$.username").value("dan"))
                    .andExpect(jsonPath("$.displayName").value("Dan Doyle"))
                    .andExpect(jsonPath("$.roles[0]").value("EMPLOYEE"))
                    .andExpect(jsonPath("$.roles[1]").value("MANAGER"))
                    .andExpect(jsonPath("$.managerId").value("bob"))
                    .andExpect(jsonPath("$.active").value(true))
                    .andExpect(jsonPath("$.initialPassword").doesNotExist());

            ArgumentCaptor<CreateEmployeeCommand> command = ArgumentCaptor.forClass(CreateEmployeeCommand.class);
            verify(create).create(command.capture());
            assertThat(command.getValue()).isEqualTo(new CreateEmployeeCommand(Employees.HANA, "dan", "Dan Doyle",
                    Set.of(Role.MANAGER), Employees.BOB, new WorkingDays(45), "a first password"));
        }

        @Test
        void aTakenUsernameIs409() throws Exception {
            when(create.create(any())).thenThrow(new UsernameTaken("dan"));

            mvc.perform(json(post("/api/admin/employees"), DAN).with(asHana()))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.code").value("UsernameTaken"));
        }

        @Test
        void aManagerWhoCannotManageIs422() throws Exception {
            when(create.create(any())).thenThrow(new NotAnActiveManager(Employees.ALICE));

            mvc.perform(json(post("/api/admin/employees"), DAN).with(asHana()))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.code").value("NotAnActiveManager"));
        }

        @Test
        void aShortPasswordIs400() throws Exception {
            when(create.create(any())).thenThrow(new PasswordTooShort());

            mvc.perform(json(post("/api/admin/employees"), DAN).with(asHana()))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("PasswordTooShort"));
        }

        @Test
        void missingFieldsAndAnAllowanceOutOfRangeAre400BeforeTheUseCase() throws Exception {
            mvc.perform(json(post("/api/admin/employees"), "{\"username\": \"dan\"}").with(asHana()))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors").isArray());
            mvc.perform(json(post("/api/admin/employees"), DAN.replace("22.5", "400")).with(asHana()))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("AllowanceOutOfRange"));
            mvc.perform(json(post("/api/admin/employees"), DAN.replace("MANAGER", "BOSS")).with(asHana()))
                    .andExpect(status().isBadRequest());

            verifyNoInteractions(create);
        }
    }

    @Nested
    class Changing {

        @Test
        void hrMovesCarolToDan() throws Exception {
            when(changeManager.changeManager(any())).thenReturn(Employees.carol().withManager(Employees.DAN));

            mvc.perform(json(put("/api/admin/employees/carol/manager"), "{\"managerId\": \"dan\"}").with(asHana()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.managerId").value("dan"));

            verify(changeManager).changeManager(new ChangeManagerCommand(Employees.HANA, Employees.CAROL,
                    Employees.DAN));
        }

        @Test
        void aNullManagerLeavesTheEmployeeWithoutOne() throws Exception {
            when(changeManager.changeManager(any())).thenReturn(Employees.carol().withManager(null));

            mvc.perform(json(put("/api/admin/employees/carol/manager"), "{\"managerId\": null}").with(asHana()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.managerId").isEmpty());

            verify(changeManager).changeManager(new ChangeManagerCommand(Employees.HANA, Employees.CAROL, null));
        }

        @Test
        void aReportingCycleIs422AndAnUnknownEmployee404() throws Exception {
            when(changeManager.changeManager(new ChangeManagerCommand(Employees.HANA, Employees.BOB, Employees.DAN)))
                    .thenThrow(new ReportingCycle(Employees.BOB, Employees.DAN));
            when(changeManager.changeManager(new ChangeManagerCommand(Employees.HANA, new EmployeeId("nobody"),
                    Employees.DAN))).thenThrow(new EmployeeNotFound(new EmployeeId("nobody")));

            mvc.perform(json(put("/api/admin/employees/bob/manager"), "{\"managerId\": \"dan\"}").with(asHana()))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.code").value("ReportingCycle"));
            mvc.perform(json(put("/api/admin/employees/nobody/manager"), "{\"managerId\": \"dan\"}").with(asHana()))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.code").value("EmployeeNotFound"));
        }

        @Test
        void hrChangesRoles() throws Exception {
            when(changeRoles.changeRoles(any())).thenReturn(Employees.alice().withRoles(Set.of(Role.EMPLOYEE,
                    Role.MANAGER)));

            mvc.perform(json(put("/api/admin/employees/alice/roles"), "{\"roles\": [\"MANAGER\"]}").with(asHana()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.roles.length()").value(2));

            verify(changeRoles).changeRoles(new ChangeRolesCommand(Employees.HANA, Employees.ALICE,
                    Set.of(Role.MANAGER)));
        }

        @Test
        void hrSetsAnAllowanceAndSeesTheBalance() throws Exception {
            when(changeAllowance.changeAllowance(any())).thenReturn(new LeaveBalance(Employees.ALICE,
                    LeaveType.ANNUAL, 2027, new WorkingDays(55), WorkingDays.of(3), WorkingDays.of(2)));

            mvc.perform(json(put("/api/admin/employees/alice/allowances/2027"), "{\"annualAllowance\": 27.5}")
                            .with(asHana()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.year").value(2027))
                    .andExpect(jsonPath("$.annualAllowance").value(27.5))
                    .andExpect(jsonPath("$.used").value(3))
                    .andExpect(jsonPath("$.reserved").value(2))
                    .andExpect(jsonPath("$.remaining").value(22.5));

            verify(changeAllowance).changeAllowance(new ChangeAllowanceCommand(Employees.HANA, Employees.ALICE, 2027,
                    new WorkingDays(55)));
        }

        @Test
        void hrDeactivatesAlice() throws Exception {
            when(deactivate.deactivate(any())).thenReturn(Employees.alice().deactivated());

            mvc.perform(post("/api/admin/employees/alice/deactivate").with(asHana()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.active").value(false));

            verify(deactivate).deactivate(new DeactivateEmployeeCommand(Employees.HANA, Employees.ALICE));
        }

        @Test
        void aManagerWithReportsIsNotDeactivated409() throws Exception {
            when(deactivate.deactivate(any())).thenThrow(new ManagerStillHasReports(Employees.BOB, 2));

            mvc.perform(post("/api/admin/employees/bob/deactivate").with(asHana()))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.code").value("ManagerStillHasReports"));
        }

        @Test
        void hrSetsSomeonesPassword() throws Exception {
            mvc.perform(json(put("/api/admin/employees/alice/password"), "{\"newPassword\": \"a new password\"}")
                            .with(asHana()))
                    .andExpect(status().isNoContent());

            verify(setPassword).setPassword(new SetPasswordCommand(Employees.HANA, Employees.ALICE, "a new password"));
        }
    }

    @Nested
    class Viewing {

        @Test
        void hrSeesEveryone() throws Exception {
            when(employees.allEmployees(Employees.HANA)).thenReturn(List.of(Employees.alice(), Employees.bob()));

            mvc.perform(get("/api/admin/employees").with(asHana()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.length()").value(2))
                    .andExpect(jsonPath("$[1].username").value("bob"));
        }

        @Test
        void hrSeesOnePersonWithTheirAllowance() throws Exception {
            when(employees.employee(Employees.HANA, Employees.ALICE))
                    .thenReturn(new EmployeeRecord(Employees.alice(), 2026, WorkingDays.of(25)));

            mvc.perform(get("/api/admin/employees/alice").with(asHana()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.managerId").value("bob"))
                    .andExpect(jsonPath("$.allowanceYear").value(2026))
                    .andExpect(jsonPath("$.annualAllowance").value(25));
        }
    }
}
