package org.leavenotify.adapter.web.admin;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

/** The body of {@code PUT /api/admin/employees/{id}/manager}. */
record ChangeManagerRequest(@Schema(nullable = true, example = "dan",
                                    description = "the new manager, or null to leave them without one")
                            @Size(max = 64) String managerId) {
}
