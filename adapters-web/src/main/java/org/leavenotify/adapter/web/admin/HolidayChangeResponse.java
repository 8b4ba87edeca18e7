package org.leavenotify.adapter.web.admin;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import org.leavenotify.application.administration.port.in.AddPublicHolidayUseCase.HolidayChange;

/** What a change of the holiday calendar did. */
record HolidayChangeResponse(@Schema(example = "2026-12-08") LocalDate date,
                             @Schema(example = "2", description = "pending requests over the day whose working-day "
                                     + "count changed; approved ones keep theirs")
                             int recountedRequests) {

    static HolidayChangeResponse of(HolidayChange change) {
        return new HolidayChangeResponse(change.date(), change.recountedRequests());
    }
}
