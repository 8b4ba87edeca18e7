package org.leavenotify.adapter.web.admin;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code PUT /api/admin/holidays/{date}}. */
record HolidayRequest(@Schema(example = "Founders' Day") @NotBlank @Size(max = 100) String name) {
}
