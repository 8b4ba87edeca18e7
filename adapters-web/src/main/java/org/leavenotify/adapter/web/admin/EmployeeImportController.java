package org.leavenotify.adapter.web.admin;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.leavenotify.adapter.web.openapi.ProblemResponses;
import org.leavenotify.adapter.web.problem.Problems;
import org.leavenotify.application.administration.EmployeeImportRejected;
import org.leavenotify.application.administration.port.in.ImportEmployeesUseCase;
import org.leavenotify.application.administration.port.in.ImportEmployeesUseCase.ImportEmployeesCommand;
import org.leavenotify.application.auth.AuthenticatedUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** HR adds many people at once from a CSV file. HR_ADMIN only. */
@RestController
@Tag(name = "Administration")
final class EmployeeImportController {

    static final String PATH = "/api/employees/import";
    static final String CSV = "text/csv";

    private final ImportEmployeesUseCase importEmployees;

    EmployeeImportController(ImportEmployeesUseCase importEmployees) {
        this.importEmployees = importEmployees;
    }

    @PostMapping(path = PATH, consumes = {CSV, "text/plain"})
    @Operation(summary = "Import employees from CSV", description = "Columns: " + EmployeeCsv.HEADER
            + "[,initialPassword]. An optional first line naming the columns is skipped. Roles are separated by "
            + "'|' (EMPLOYEE is always added); managerUsername may be empty (nobody), an existing active manager, "
            + "or someone on another line of the file (people are created managers first); allowance is yearly "
            + "days of annual leave, set for this year and next; without initialPassword the person cannot log "
            + "in until HR sets one. Every line is checked first: if any is wrong nothing is created and the "
            + "answer is 400 EmployeeImportRejected listing each wrong line in errors: [{line, message}]. At most "
            + ImportEmployeesUseCase.MAX_LINES + " lines, and the request body limit applies "
            + "(leavenotify.web.max-request-body, 64KB by default: about a thousand lines).",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = CSV,
                    schema = @Schema(type = "string"), examples = @ExampleObject(value = EmployeeCsv.HEADER + "\n"
                    + "dan,Dan Doyle,EMPLOYEE|MANAGER,,25\nerin,Erin Eve,EMPLOYEE,dan,22.5\n"))))
    @ApiResponse(responseCode = "201", description = "Everyone was created; managers first", useReturnTypeSchema = true)
    @ProblemResponses({400, 401, 403})
    ResponseEntity<ImportResponse> importCsv(@AuthenticationPrincipal AuthenticatedUser caller,
                                             @RequestBody String csv) {
        List<EmployeeResponse> created = importEmployees.importEmployees(
                new ImportEmployeesCommand(caller.employeeId(), EmployeeCsv.read(csv))).stream()
                .map(EmployeeResponse::of).toList();
        return ResponseEntity.status(HttpStatus.CREATED).body(new ImportResponse(created.size(), created));
    }

    /** The import's refusal with every wrong line, in the shape of the field errors of other 400s. */
    @ExceptionHandler(EmployeeImportRejected.class)
    ResponseEntity<ProblemDetail> rejected(EmployeeImportRejected rejected) {
        ProblemDetail problem = Problems.problem(HttpStatus.BAD_REQUEST, rejected.code(), rejected.getMessage());
        problem.setProperty(Problems.ERRORS, rejected.errors().stream()
                .map(error -> Map.of("line", error.line(), "message", error.message())).toList());
        return ResponseEntity.badRequest().body(problem);
    }
}
