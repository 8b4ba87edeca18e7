package org.leavenotify.application.administration.port.in;

import java.time.LocalDate;

import org.leavenotify.application.administration.port.in.AddPublicHolidayUseCase.HolidayChange;
import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.shared.Require;

/**
 * HR removes a public holiday: the day is a working day again (unless it is a weekend), and every
 * PENDING request that covers it counts it again; APPROVED requests keep their count. Removing a day
 * that is not a holiday changes nothing.
 */
public interface RemovePublicHolidayUseCase {

    HolidayChange removeHoliday(RemovePublicHolidayCommand command);

    record RemovePublicHolidayCommand(EmployeeId actor, LocalDate date) {

        public RemovePublicHolidayCommand {
            Require.present(actor, "actor");
            Require.present(date, "date");
        }
    }
}
