package org.leavenotify.adapter.web.leave;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.leavenotify.adapter.web.openapi.ProblemResponses;
import org.leavenotify.application.auth.AuthenticatedUser;
import org.leavenotify.application.leave.port.in.ApproveLeaveRequestUseCase;
import org.leavenotify.application.leave.port.in.ApproveLeaveRequestUseCase.ApproveLeaveRequestCommand;
import org.leavenotify.application.leave.port.in.CancelLeaveRequestUseCase;
import org.leavenotify.application.leave.port.in.CancelLeaveRequestUseCase.CancelLeaveRequestCommand;
import org.leavenotify.application.leave.port.in.EmployeeNamesQuery;
import org.leavenotify.application.leave.port.in.MyLeaveRequestsQuery;
import org.leavenotify.application.leave.port.in.RejectLeaveRequestUseCase;
import org.leavenotify.application.leave.port.in.RejectLeaveRequestUseCase.RejectLeaveRequestCommand;
import org.leavenotify.application.leave.port.in.SubmitLeaveRequestUseCase;
import org.leavenotify.application.leave.port.in.SubmitLeaveRequestUseCase.SubmitLeaveRequestCommand;
import org.leavenotify.application.leave.port.in.TeamLeaveRequestsQuery;
import org.leavenotify.application.leave.port.in.ViewLeaveRequestQuery;
import org.leavenotify.domain.leave.LeavePeriod;
import org.leavenotify.domain.leave.LeaveRequest;
import org.leavenotify.domain.leave.LeaveRequestId;
import org.leavenotify.domain.organisation.EmployeeId;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Asking for leave and deciding on it. The caller is always the authenticated employee; whether they
 * may see or decide a request is the use cases' business (someone else's request is a 404).
 */
@RestController
@RequestMapping(LeaveRequestController.PATH)
@Tag(name = "Leave requests")
final class LeaveRequestController {

    static final String PATH = "/api/leave-requests";

    private final SubmitLeaveRequestUseCase submit;
    private final ApproveLeaveRequestUseCase approve;
    private final RejectLeaveRequestUseCase reject;
    private final CancelLeaveRequestUseCase cancel;
    private final MyLeaveRequestsQuery mine;
    private final TeamLeaveRequestsQuery team;
    private final ViewLeaveRequestQuery view;
    private final EmployeeNamesQuery names;

    LeaveRequestController(SubmitLeaveRequestUseCase submit, ApproveLeaveRequestUseCase approve,
                           RejectLeaveRequestUseCase reject, CancelLeaveRequestUseCase cancel,
                           MyLeaveRequestsQuery mine, TeamLeaveRequestsQuery team, ViewLeaveRequestQuery view,
                           EmployeeNamesQuery names) {
        this.names = names;
        this.submit = submit;
        this.approve = approve;
        this.reject = reject;
        this.cancel = cancel;
        this.mine = mine;
        this.team = team;
        this.view = view;
    }

    @PostMapping
    @Operation(summary = "Ask for leave", description = "Creates a PENDING request and notifies the employee's "
            + "manager. Refused with 422 when the period overlaps another pending or approved request, covers no "
            + "working day, starts in the past, or asks for more annual leave than is left.")
    @ApiResponse(responseCode = "201", description = "Created: the new request, whose URL is in Location",
            headers = @Header(name = "Location", description = "/api/leave-requests/{id}"),
            useReturnTypeSchema = true)
    @ProblemResponses({400, 401, 422})
    ResponseEntity<LeaveRequestResponse> submit(@AuthenticationPrincipal AuthenticatedUser caller,
                                                @Valid @RequestBody SubmitLeaveRequestRequest request) {
        LeavePeriod period = new LeavePeriod(request.startDate(), request.endDate(),
                Boolean.TRUE.equals(request.halfDayStart()), Boolean.TRUE.equals(request.halfDayEnd()));
        LeaveRequest created = submit.submit(new SubmitLeaveRequestCommand(caller.employeeId(),
                request.type().toDomain(), period, request.reason()));
        URI location = UriComponentsBuilder.fromPath(PATH + "/{id}").buildAndExpand(created.id().value())
                .encode().toUri();
        return ResponseEntity.created(location).body(response(created));
    }

    @GetMapping("/mine")
    @Operation(summary = "My leave requests", description = "The caller's own requests, newest first.")
    @ProblemResponses({401})
    List<LeaveRequestResponse> mine(@AuthenticationPrincipal AuthenticatedUser caller) {
        return responses(mine.myRequests(caller.employeeId()));
    }

    @GetMapping("/team")
    @Operation(summary = "My team's leave requests",
            description = "Requests of the caller's direct reports, newest first. Managers only (403 otherwise).")
    @ProblemResponses({400, 401, 403})
    List<LeaveRequestResponse> team(@AuthenticationPrincipal AuthenticatedUser caller,
                                    @Parameter(description = "only requests with this status")
                                    @RequestParam(required = false) LeaveStatusJson status) {
        return responses(team.teamRequests(caller.employeeId(),
                Optional.ofNullable(status).map(LeaveStatusJson::toDomain)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One leave request",
            description = "For its owner, their manager and HR; anyone else gets 404, as for an unknown id.")
    @ProblemResponses({400, 401, 404})
    LeaveRequestResponse view(@AuthenticationPrincipal AuthenticatedUser caller, @PathVariable String id) {
        return response(view.view(caller.employeeId(), new LeaveRequestId(id)));
    }

    @PostMapping("/{id}/approve")
    @Operation(summary = "Approve a pending request",
            description = "By the requester's manager (or HR); notifies the employee. 409 when it is no longer "
                    + "pending, 403 for someone who may see it but not decide it (their own request).")
    @ProblemResponses({400, 401, 403, 404, 409})
    LeaveRequestResponse approve(@AuthenticationPrincipal AuthenticatedUser caller, @PathVariable String id,
                                 @Valid @RequestBody(required = false) ApproveLeaveRequestRequest request) {
        String comment = request == null ? null : request.comment();
        return response(approve.approve(
                new ApproveLeaveRequestCommand(caller.employeeId(), new LeaveRequestId(id), comment)));
    }

    @PostMapping("/{id}/reject")
    @Operation(summary = "Reject a pending request",
            description = "By the requester's manager (or HR), with a reason the employee is told.")
    @ProblemResponses({400, 401, 403, 404, 409})
    LeaveRequestResponse reject(@AuthenticationPrincipal AuthenticatedUser caller, @PathVariable String id,
                                @Valid @RequestBody RejectLeaveRequestRequest request) {
        return response(reject.reject(
                new RejectLeaveRequestCommand(caller.employeeId(), new LeaveRequestId(id), request.reason())));
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Cancel my request",
            description = "By the requester, while it is pending or approved and not yet started; notifies the "
                    + "manager and gives the days back. 409 once it has started or was decided otherwise.")
    @ProblemResponses({400, 401, 403, 404, 409})
    LeaveRequestResponse cancel(@AuthenticationPrincipal AuthenticatedUser caller, @PathVariable String id,
                                @Valid @RequestBody(required = false) CancelLeaveRequestRequest request) {
        String reason = request == null ? null : request.reason();
        return response(cancel.cancel(
                new CancelLeaveRequestCommand(caller.employeeId(), new LeaveRequestId(id), reason)));
    }

    private LeaveRequestResponse response(LeaveRequest request) {
        return responses(List.of(request)).get(0);
    }

    /** With the names of everyone the requests name, asked for at once. */
    private List<LeaveRequestResponse> responses(List<LeaveRequest> requests) {
        List<EmployeeId> named = new ArrayList<>();
        for (LeaveRequest request : requests) {
            named.add(request.employeeId());
            if (request.decidedBy() != null) {
                named.add(request.decidedBy());
            }
        }
        Map<EmployeeId, String> displayNames = named.isEmpty() ? Map.of() : names.displayNames(named);
        return requests.stream().map(request -> LeaveRequestResponse.of(request, displayNames)).toList();
    }
}
