package org.leavenotify.adapter.web.admin;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.leavenotify.application.administration.port.in.EmployeesQuery.EmployeeRecord;

/** One person as HR sees them, with their annual-leave allowance of the current year. */
record EmployeeDetailsResponse(String id, String username, String displayName, List<RoleJson> roles,
                               @Schema(nullable = true) String managerId, boolean active,
                               @Schema(example = "2026") int allowanceYear,
                               @Schema(example = "25") BigDecimal annualAllowance) {

    static EmployeeDetailsResponse of(EmployeeRecord record) {
        EmployeeResponse employee = EmployeeResponse.of(record.employee());
        return new EmployeeDetailsResponse(employee.id(), employee.username(), employee.displayName(),
                employee.roles(), employee.managerId(), employee.active(), record.year(),
                record.annualAllowance().asDecimal());
    }
}
