package org.leavenotify.adapter.web.admin;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.leavenotify.adapter.web.openapi.ProblemResponses;
import org.leavenotify.application.administration.port.in.AddPublicHolidayUseCase;
import org.leavenotify.application.administration.port.in.AddPublicHolidayUseCase.AddPublicHolidayCommand;
import org.leavenotify.application.administration.port.in.PublicHolidaysQuery;
import org.leavenotify.application.administration.port.in.RemovePublicHolidayUseCase;
import org.leavenotify.application.administration.port.in.RemovePublicHolidayUseCase.RemovePublicHolidayCommand;
import org.leavenotify.application.auth.AuthenticatedUser;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** HR's holiday calendar. HR_ADMIN only. */
@RestController
@RequestMapping("/api/admin/holidays")
@Tag(name = "Administration")
final class HolidayAdminController {

    private final AddPublicHolidayUseCase add;
    private final RemovePublicHolidayUseCase remove;
    private final PublicHolidaysQuery holidays;

    HolidayAdminController(AddPublicHolidayUseCase add, RemovePublicHolidayUseCase remove,
                           PublicHolidaysQuery holidays) {
        this.add = add;
        this.remove = remove;
        this.holidays = holidays;
    }

    @GetMapping
    @Operation(summary = "The public holidays of a year", description = "In date order.")
    @ProblemResponses({400, 401, 403})
    List<HolidayResponse> ofYear(@AuthenticationPrincipal AuthenticatedUser caller,
                                 @Parameter(description = "the calendar year", example = "2026")
                                 @RequestParam int year) {
        return holidays.holidaysOf(caller.employeeId(), year).stream().map(HolidayResponse::of).toList();
    }

    @PutMapping("/{date}")
    @Operation(summary = "Add a public holiday", description = "Every PENDING request over the day now counts one "
            + "working day less (recountedRequests says how many changed); APPROVED requests keep their count. "
            + "Adding a day that is a holiday already keeps its first name and changes nothing.")
    @ProblemResponses({400, 401, 403})
    HolidayChangeResponse add(@AuthenticationPrincipal AuthenticatedUser caller,
                              @Parameter(example = "2026-12-08") @PathVariable
                              @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                              @Valid @RequestBody HolidayRequest request) {
        return HolidayChangeResponse.of(add.addHoliday(new AddPublicHolidayCommand(caller.employeeId(), date,
                request.name())));
    }

    @DeleteMapping("/{date}")
    @Operation(summary = "Remove a public holiday", description = "Every PENDING request over the day counts it "
            + "again; APPROVED requests keep their count. Removing a day that is no holiday changes nothing.")
    @ProblemResponses({400, 401, 403})
    HolidayChangeResponse remove(@AuthenticationPrincipal AuthenticatedUser caller,
                                 @Parameter(example = "2026-12-08") @PathVariable
                                 @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return HolidayChangeResponse.of(remove.removeHoliday(new RemovePublicHolidayCommand(caller.employeeId(),
                date)));
    }
}
