package org.leavenotify.adapter.web.leave;

import java.math.BigDecimal;

import io.swagger.v3.oas.annotations.media.Schema;
import org.leavenotify.domain.leave.LeaveBalance;

/**
 * The balance of one leave type in one year. Approved requests count as used, pending ones as reserved.
 * Types without an allowance (sick, unpaid) have {@code null} allowance and remaining.
 */
record LeaveBalanceResponse(LeaveTypeJson type,
                            int year,
                            @Schema(nullable = true, example = "25") BigDecimal allowance,
                            @Schema(example = "3") BigDecimal used,
                            @Schema(example = "2.5") BigDecimal reserved,
                            @Schema(nullable = true, description = "allowance - used - reserved", example = "19.5")
                            BigDecimal remaining) {

    static LeaveBalanceResponse of(LeaveBalance balance) {
        return new LeaveBalanceResponse(LeaveTypeJson.of(balance.type()), balance.year(),
                balance.hasAllowance() ? balance.allowance().asDecimal() : null, balance.used().asDecimal(),
                balance.reserved().asDecimal(), plain(balance.remaining()));
    }

    /** 25 rather than 25.0 or 2.5E+1; 19.5 stays 19.5. */
    private static BigDecimal plain(BigDecimal days) {
        if (days == null) {
            return null;
        }
        BigDecimal stripped = days.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
