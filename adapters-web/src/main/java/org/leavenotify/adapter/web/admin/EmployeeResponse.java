package org.leavenotify.adapter.web.admin;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.leavenotify.domain.organisation.Employee;

/** A person as HR sees them. */
record EmployeeResponse(@Schema(example = "dan", description = "the employee id; for people HR creates, the username")
                        String id,
                        @Schema(example = "dan") String username,
                        @Schema(example = "Dan Doyle") String displayName,
                        List<RoleJson> roles,
                        @Schema(nullable = true, example = "hana", description = "null at the top of the hierarchy")
                        String managerId,
                        boolean active) {

    static EmployeeResponse of(Employee employee) {
        return new EmployeeResponse(employee.id().value(), employee.username(), employee.displayName(),
                RoleJson.of(employee.roles()), employee.managerId() == null ? null : employee.managerId().value(),
                employee.active());
    }
}
