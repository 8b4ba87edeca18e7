package org.leavenotify.adapter.web.admin;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code PUT /api/admin/employees/{id}/password}. */
record SetPasswordRequest(@Schema(description = "at least 10 characters; at most 72 bytes")
                          @NotBlank @Size(max = 200) String newPassword) {

    @Override
    public String toString() {
        return "SetPasswordRequest[…]";
    }
}
