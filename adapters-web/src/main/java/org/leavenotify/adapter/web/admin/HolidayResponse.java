package org.leavenotify.adapter.web.admin;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import org.leavenotify.domain.leave.PublicHoliday;

/** A public holiday. */
record HolidayResponse(@Schema(example = "2026-12-25") LocalDate date, @Schema(example = "Christmas Day") String name) {

    static HolidayResponse of(PublicHoliday holiday) {
        return new HolidayResponse(holiday.date(), holiday.name());
    }
}
