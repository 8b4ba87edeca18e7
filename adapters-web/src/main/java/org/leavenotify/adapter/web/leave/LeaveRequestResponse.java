package org.leavenotify.adapter.web.leave;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import org.leavenotify.domain.leave.LeaveRequest;
import org.leavenotify.domain.organisation.EmployeeId;

/** A leave request as the API shows it (CONTRACT.md). */
record LeaveRequestResponse(String id,
                            String employeeId,
                            LeaveTypeJson type,
                            LocalDate startDate,
                            LocalDate endDate,
                            @Schema(description = "working days asked for, in whole or half days", example = "2.5")
                            BigDecimal workingDays,
                            LeaveStatusJson status,
                            String reason,
                            @Schema(description = "the approver's comment, the rejection reason or the cancellation reason")
                            String decisionComment,
                            Instant createdAt,
                            Instant decidedAt,
                            @Schema(description = "who asked for it, by name (an addition to the contract's fields)")
                            PersonJson employee,
                            @Schema(description = "who approved, rejected or cancelled it; null while pending "
                                    + "(an addition to the contract's fields)")
                            PersonJson decidedBy) {

    /** Someone a request names: the id and the name to show. */
    record PersonJson(String id, String displayName) {

        static PersonJson of(EmployeeId id, Map<EmployeeId, String> names) {
            return id == null ? null : new PersonJson(id.value(), names.getOrDefault(id, id.value()));
        }
    }

    /** {@code names}: display names by employee id; someone missing there is shown by id. */
    static LeaveRequestResponse of(LeaveRequest request, Map<EmployeeId, String> names) {
        return new LeaveRequestResponse(request.id().value(), request.employeeId().value(),
                LeaveTypeJson.of(request.type()), request.period().start(), request.period().end(),
                request.workingDays().asDecimal(), LeaveStatusJson.of(request.status()), request.reason(),
                request.decisionComment(), millis(request.createdAt()), millis(request.decidedAt()),
                PersonJson.of(request.employeeId(), names), PersonJson.of(request.decidedBy(), names));
    }

    /** Stores keep milliseconds: the request answers the same instant before and after it is stored. */
    private static Instant millis(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS);
    }
}
