package org.leavenotify.adapter.web.leave;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.leavenotify.adapter.web.openapi.ProblemResponses;
import org.leavenotify.application.leave.port.in.HolidayCalendarQuery;
import org.leavenotify.domain.leave.PublicHoliday;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public holidays everyone's leave is counted around (HR changes them under /api/admin/holidays). */
@RestController
@Tag(name = "Leave balances")
final class HolidayController {

    private final HolidayCalendarQuery calendar;

    HolidayController(HolidayCalendarQuery calendar) {
        this.calendar = calendar;
    }

    /** One public holiday. */
    record PublicHolidayJson(@Schema(example = "2026-12-25") LocalDate date, @Schema(example = "Christmas Day") String name) {

        static PublicHolidayJson of(PublicHoliday holiday) {
            return new PublicHolidayJson(holiday.date(), holiday.name());
        }
    }

    @GetMapping("/api/holidays")
    @Operation(summary = "The public holidays of a year",
            description = "In date order, for any employee: they count as no working day in a leave request.")
    @ProblemResponses({400, 401})
    List<PublicHolidayJson> holidays(@Parameter(description = "the year") @RequestParam @Min(2000) @Max(2999) int year) {
        return calendar.publicHolidays(year).stream().map(PublicHolidayJson::of).toList();
    }
}
