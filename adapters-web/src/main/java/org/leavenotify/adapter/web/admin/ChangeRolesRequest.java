package org.leavenotify.adapter.web.admin;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/** The body of {@code PUT /api/admin/employees/{id}/roles}. */
record ChangeRolesRequest(@Schema(example = "[\"EMPLOYEE\", \"MANAGER\"]", description = "EMPLOYEE is always added")
                          @NotNull List<RoleJson> roles) {
}
