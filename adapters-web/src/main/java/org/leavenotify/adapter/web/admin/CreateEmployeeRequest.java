package org.leavenotify.adapter.web.admin;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/admin/employees}. */
record CreateEmployeeRequest(@Schema(example = "dan", description = "2 to 64 lower-case letters, digits, '.', '-' "
                                     + "or '_'; becomes the employee id; never reused")
                             @NotBlank @Size(max = 64) String username,
                             @Schema(example = "Dan Doyle") @NotBlank @Size(max = 100) String displayName,
                             @Schema(description = "EMPLOYEE is always added", example = "[\"MANAGER\"]")
                             List<RoleJson> roles,
                             @Schema(nullable = true, example = "bob", description = "an active employee with the "
                                     + "MANAGER role, or null for nobody")
                             @Size(max = 64) String managerId,
                             @Schema(example = "25", description = "yearly days of annual leave, whole or half, "
                                     + "0 to 366; set for this year and next")
                             @NotNull BigDecimal annualAllowance,
                             @Schema(example = "a first password", description = "at least 10 characters; "
                                     + "at most 72 bytes")
                             @NotBlank @Size(max = 200) String initialPassword) {

    @Override
    public String toString() {
        return "CreateEmployeeRequest[" + username + "]";
    }
}
