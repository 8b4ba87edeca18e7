package org.leavenotify.application.administration.port.in;

import java.time.LocalDate;

import org.leavenotify.domain.leave.PublicHoliday;
import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.shared.Require;

/**
 * HR adds a public holiday. Every PENDING request that covers the day now counts one working day less
 * (half a day for a half day); APPROVED requests keep the count they were approved with. Adding a
 * holiday that exists keeps its first name and changes nothing.
 */
public interface AddPublicHolidayUseCase {

    HolidayChange addHoliday(AddPublicHolidayCommand command);

    record AddPublicHolidayCommand(EmployeeId actor, PublicHoliday holiday) {

        public AddPublicHolidayCommand {
            Require.present(actor, "actor");
            Require.present(holiday, "holiday");
        }

        public AddPublicHolidayCommand(EmployeeId actor, LocalDate date, String name) {
            this(actor, new PublicHoliday(date, name));
        }
    }

    /** What changed: the day, and how many pending requests now count a different number of working days. */
    record HolidayChange(LocalDate date, int recountedRequests) {
    }
}
