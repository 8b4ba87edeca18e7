package org.leavenotify.adapter.web.leave;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.leavenotify.adapter.web.openapi.ProblemResponses;
import org.leavenotify.application.auth.AuthenticatedUser;
import org.leavenotify.application.leave.port.in.MyLeaveBalancesQuery;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** How much leave the caller has. */
@RestController
@RequestMapping("/api/leave-balances")
@Tag(name = "Leave balances")
final class LeaveBalanceController {

    private final MyLeaveBalancesQuery balances;

    LeaveBalanceController(MyLeaveBalancesQuery balances) {
        this.balances = balances;
    }

    @GetMapping("/mine")
    @Operation(summary = "My leave balances",
            description = "One entry per leave type: allowance, used (approved), reserved (pending) and remaining. "
                    + "Types without an allowance (SICK, UNPAID) have null allowance and remaining.")
    @ProblemResponses({400, 401})
    List<LeaveBalanceResponse> mine(@AuthenticationPrincipal AuthenticatedUser caller,
                                    @Parameter(description = "the year; the current one when left out")
                                    @RequestParam(required = false) @Min(2000) @Max(2999) Integer year) {
        var found = year == null ? balances.myBalances(caller.employeeId())
                : balances.myBalances(caller.employeeId(), year);
        return found.stream().map(LeaveBalanceResponse::of).toList();
    }
}
