package org.leavenotify.adapter.web.admin;

import java.math.BigDecimal;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/** The body of {@code PUT /api/admin/employees/{id}/allowances/{year}}. */
record ChangeAllowanceRequest(@Schema(example = "27.5", description = "days of annual leave, whole or half, 0 to 366")
                              @NotNull BigDecimal annualAllowance) {
}
