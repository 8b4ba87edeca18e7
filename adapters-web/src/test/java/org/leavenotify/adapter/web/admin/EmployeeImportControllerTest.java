package org.leavenotify.adapter.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.leavenotify.adapter.web.WebSliceTest;
import org.leavenotify.application.administration.EmployeeImportRejected;
import org.leavenotify.application.administration.EmployeeImportRejected.LineError;
import org.leavenotify.application.administration.port.in.ImportEmployeesUseCase;
import org.leavenotify.application.administration.port.in.ImportEmployeesUseCase.EmployeeLine;
import org.leavenotify.application.administration.port.in.ImportEmployeesUseCase.ImportEmployeesCommand;
import org.leavenotify.domain.leave.Employees;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** {@code POST /api/employees/import}: CSV in, everyone created or nobody with every wrong line named. */
class EmployeeImportControllerTest extends WebSliceTest {

    private static final MediaType CSV = MediaType.parseMediaType("text/csv");
    private static final String FILE = """
            username,displayName,roles,managerUsername,allowance
            dan,Dan Doyle,EMPLOYEE|MANAGER,,25
            erin,Erin Eve,,dan,22.5
            """;

    @Autowired
    private ImportEmployeesUseCase importEmployees;

    @Test
    void everyLineGoesToTheUseCaseAndTheCreatedPeopleComeBack() throws Exception {
        when(importEmployees.importEmployees(any())).thenReturn(List.of(Employees.dan(),
                Employees.carol().withManager(Employees.DAN)));

        mvc.perform(post("/api/employees/import").with(asHana()).contentType(CSV).content(FILE))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.count").value(2))
                .andExpect(jsonPath("$.created[0].username").value("dan"))
                .andExpect(jsonPath("$.created[1].managerId").value("dan"));

        ArgumentCaptor<ImportEmployeesCommand> command = ArgumentCaptor.forClass(ImportEmployeesCommand.class);
        verify(importEmployees).importEmployees(command.capture());
        assertThat(command.getValue()).isEqualTo(new ImportEmployeesCommand(Employees.HANA, List.of(
                new EmployeeLine(2, "dan", "Dan Doyle", "EMPLOYEE|MANAGER", "", "25", null),
                new EmployeeLine(3, "erin", "Erin Eve", "", "dan", "22.5", null))));
    }

    @Test
    void wrongLinesAreEachReportedIn400AndNobodyIsCreated() throws Exception {
        when(importEmployees.importEmployees(any())).thenThrow(new EmployeeImportRejected(List.of(
                new LineError(3, "the username 'Erin' is not valid"), new LineError(2, "the username 'dan' is taken"))));

        mvc.perform(post("/api/employees/import").with(asHana()).contentType(CSV).content(FILE))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("EmployeeImportRejected"))
                .andExpect(jsonPath("$.detail").value("nobody was imported: 2 lines are wrong"))
                .andExpect(jsonPath("$.errors[0].line").value(2))
                .andExpect(jsonPath("$.errors[0].message").value("the username 'dan' is taken"))
                .andExpect(jsonPath("$.errors[1].line").value(3));
    }

    @Test
    void aMalformedFileIsRefusedBeforeTheUseCase() throws Exception {
        mvc.perform(post("/api/employees/import").with(asHana()).contentType(CSV)
                        .content("dan,Dan Doyle,MANAGER,25\nerin,\"Erin,,dan,20\n"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("EmployeeImportRejected"))
                .andExpect(jsonPath("$.errors[0].line").value(1))
                .andExpect(jsonPath("$.errors[1].line").value(2))
                .andExpect(jsonPath("$.errors[1].message").value("a quoted field is not closed"));

        verifyNoInteractions(importEmployees);
    }

    @Test
    void onlyHrImports() throws Exception {
        mvc.perform(post("/api/employees/import").with(asBob()).contentType(CSV).content(FILE))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("AccessDenied"));
        mvc.perform(post("/api/employees/import").contentType(CSV).content(FILE))
                .andExpect(status().isUnauthorized());

        verifyNoInteractions(importEmployees);
    }

    @Test
    void jsonIsNotACsvFile() throws Exception {
        mvc.perform(post("/api/employees/import").with(asHana()).contentType(MediaType.APPLICATION_JSON)
                .content("{}")).andExpect(status().isUnsupportedMediaType());
    }
}
