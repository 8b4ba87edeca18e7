package org.leavenotify.adapter.web.admin;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.leavenotify.adapter.web.openapi.ProblemResponses;
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
import org.leavenotify.application.administration.port.in.SetPasswordUseCase;
import org.leavenotify.application.administration.port.in.SetPasswordUseCase.SetPasswordCommand;
import org.leavenotify.application.auth.AuthenticatedUser;
import org.leavenotify.domain.organisation.Allowances;
import org.leavenotify.domain.organisation.Employee;
import org.leavenotify.domain.organisation.EmployeeId;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * HR administration of the people. The security chain lets only HR_ADMIN callers in (403 for anyone
 * else); the use cases check it again.
 */
@RestController
@RequestMapping(EmployeeAdminController.PATH)
@Tag(name = "Administration", description = "HR only: people, reporting lines, allowances, holidays")
final class EmployeeAdminController {

    static final String PATH = "/api/admin/employees";

    private final CreateEmployeeUseCase create;
    private final ChangeManagerUseCase changeManager;
    private final ChangeRolesUseCase changeRoles;
    private final ChangeAllowanceUseCase changeAllowance;
    private final DeactivateEmployeeUseCase deactivate;
    private final SetPasswordUseCase setPassword;
    private final EmployeesQuery employees;

    EmployeeAdminController(CreateEmployeeUseCase create, ChangeManagerUseCase changeManager,
                            ChangeRolesUseCase changeRoles, ChangeAllowanceUseCase changeAllowance,
                            DeactivateEmployeeUseCase deactivate, SetPasswordUseCase setPassword,
                            EmployeesQuery employees) {
        this.create = create;
        this.changeManager = changeManager;
        this.changeRoles = changeRoles;
        this.changeAllowance = changeAllowance;
        this.deactivate = deactivate;
        this.setPassword = setPassword;
        this.employees = employees;
    }

    @GetMapping
    @Operation(summary = "Everyone", description = "Every employee, active or not, by username.")
    @ProblemResponses({401, 403})
    List<EmployeeResponse> all(@AuthenticationPrincipal AuthenticatedUser caller) {
        return employees.allEmployees(caller.employeeId()).stream().map(EmployeeResponse::of).toList();
    }

    @PostMapping
    @Operation(summary = "Create an employee", description = "Adds an active employee whose id is their username, "
            + "with their roles (EMPLOYEE always), manager, yearly annual-leave allowance (this year and next) and "
            + "initial password. 409 UsernameTaken when the username exists (usernames are never reused); 422 "
            + "NotAnActiveManager when the manager is not an active employee with the MANAGER role; 400 for an "
            + "invalid username (InvalidUsername), a password under 10 characters (PasswordTooShort) or an "
            + "allowance outside 0-366 days.")
    @ApiResponse(responseCode = "201", description = "Created: the new employee, whose URL is in Location",
            headers = @Header(name = "Location", description = "/api/admin/employees/{id}"), useReturnTypeSchema = true)
    @ProblemResponses({400, 401, 403, 409, 422})
    ResponseEntity<EmployeeResponse> create(@AuthenticationPrincipal AuthenticatedUser caller,
                                            @Valid @RequestBody CreateEmployeeRequest request) {
        Employee created = create.create(new CreateEmployeeCommand(caller.employeeId(), request.username(),
                request.displayName(), RoleJson.toDomain(request.roles()), idOrNull(request.managerId()),
                Allowances.of(request.annualAllowance()), request.initialPassword()));
        URI location = UriComponentsBuilder.fromPath(PATH + "/{id}").buildAndExpand(created.id().value())
                .encode().toUri();
        return ResponseEntity.created(location).body(EmployeeResponse.of(created));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One employee", description = "With their annual-leave allowance of the current year. "
            + "404 for an unknown id.")
    @ProblemResponses({400, 401, 403, 404})
    EmployeeDetailsResponse one(@AuthenticationPrincipal AuthenticatedUser caller, @PathVariable String id) {
        return EmployeeDetailsResponse.of(employees.employee(caller.employeeId(), new EmployeeId(id)));
    }

    @PutMapping("/{id}/manager")
    @Operation(summary = "Move to another manager", description = "The employee, their previous manager and their "
            + "new manager are told (MANAGER_CHANGED); the employee's pending requests now wait for the new "
            + "manager, who is told about each (LEAVE_REQUEST_REASSIGNED). Moving someone to the manager they have "
            + "changes nothing. 422 NotAnActiveManager or ReportingCycle; 409 EmployeeInactive.")
    @ProblemResponses({400, 401, 403, 404, 409, 422})
    EmployeeResponse changeManager(@AuthenticationPrincipal AuthenticatedUser caller, @PathVariable String id,
                                   @Valid @RequestBody ChangeManagerRequest request) {
        return EmployeeResponse.of(changeManager.changeManager(new ChangeManagerCommand(caller.employeeId(),
                new EmployeeId(id), idOrNull(request.managerId()))));
    }

    @PutMapping("/{id}/roles")
    @Operation(summary = "Change roles", description = "EMPLOYEE is always kept. Takes effect on the employee's "
            + "next request. 409 ManagerStillHasReports when MANAGER is taken from someone with active reports; "
            + "422 CannotRemoveOwnAccess when HR drops their own HR_ADMIN role.")
    @ProblemResponses({400, 401, 403, 404, 409, 422})
    EmployeeResponse changeRoles(@AuthenticationPrincipal AuthenticatedUser caller, @PathVariable String id,
                                 @Valid @RequestBody ChangeRolesRequest request) {
        return EmployeeResponse.of(changeRoles.changeRoles(new ChangeRolesCommand(caller.employeeId(),
                new EmployeeId(id), RoleJson.toDomain(request.roles()))));
    }

    @PutMapping("/{id}/allowances/{year}")
    @Operation(summary = "Set the annual-leave allowance of a year", description = "422 AllowanceBelowBookedLeave "
            + "when the employee already has more annual leave approved or pending that year.")
    @ProblemResponses({400, 401, 403, 404, 409, 422})
    AllowanceResponse changeAllowance(@AuthenticationPrincipal AuthenticatedUser caller, @PathVariable String id,
                                      @PathVariable int year, @Valid @RequestBody ChangeAllowanceRequest request) {
        return AllowanceResponse.of(changeAllowance.changeAllowance(new ChangeAllowanceCommand(caller.employeeId(),
                new EmployeeId(id), year, Allowances.of(request.annualAllowance()))));
    }

    @PostMapping("/{id}/deactivate")
    @Operation(summary = "Deactivate", description = "At once: their login is refused (401, as for a wrong "
            + "password), every token they hold is refused on its next use (401 with code INACTIVE_USER), and their "
            + "open STOMP sessions are closed with an ERROR frame 'INACTIVE_USER: the account is not active'. 409 "
            + "ManagerStillHasReports while anyone active reports to them; 422 CannotRemoveOwnAccess for oneself. "
            + "Deactivating someone inactive changes nothing.")
    @ProblemResponses({400, 401, 403, 404, 409, 422})
    EmployeeResponse deactivate(@AuthenticationPrincipal AuthenticatedUser caller, @PathVariable String id) {
        return EmployeeResponse.of(deactivate.deactivate(new DeactivateEmployeeCommand(caller.employeeId(),
                new EmployeeId(id))));
    }

    @PutMapping("/{id}/password")
    @Operation(summary = "Set someone's password", description = "For someone who forgot theirs or was imported "
            + "without one. 400 PasswordTooShort / PasswordTooLong; 409 EmployeeInactive.")
    @ApiResponse(responseCode = "204", description = "Set")
    @ProblemResponses({400, 401, 403, 404, 409})
    ResponseEntity<Void> setPassword(@AuthenticationPrincipal AuthenticatedUser caller, @PathVariable String id,
                                     @Valid @RequestBody SetPasswordRequest request) {
        setPassword.setPassword(new SetPasswordCommand(caller.employeeId(), new EmployeeId(id), request.newPassword()));
        return ResponseEntity.noContent().build();
    }

    private static EmployeeId idOrNull(String id) {
        return id == null || id.isBlank() ? null : new EmployeeId(id.strip());
    }
}
