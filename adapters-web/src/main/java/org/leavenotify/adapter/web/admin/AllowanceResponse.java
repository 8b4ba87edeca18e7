package org.leavenotify.adapter.web.admin;

import java.math.BigDecimal;

import io.swagger.v3.oas.annotations.media.Schema;
import org.leavenotify.domain.leave.LeaveBalance;

/** An employee's annual leave in one year, with the allowance HR just set. */
record AllowanceResponse(String employeeId, int year,
                         @Schema(example = "27.5") BigDecimal annualAllowance,
                         @Schema(example = "3", description = "approved") BigDecimal used,
                         @Schema(example = "2", description = "waiting for a decision") BigDecimal reserved,
                         @Schema(example = "22.5") BigDecimal remaining) {

    static AllowanceResponse of(LeaveBalance balance) {
        return new AllowanceResponse(balance.employeeId().value(), balance.year(), balance.allowance().asDecimal(),
                balance.used().asDecimal(), balance.reserved().asDecimal(), plain(balance.remaining()));
    }

    private static BigDecimal plain(BigDecimal days) {
        BigDecimal stripped = days.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
