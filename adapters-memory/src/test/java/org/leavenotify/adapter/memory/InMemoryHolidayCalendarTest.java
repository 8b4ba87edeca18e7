package org.leavenotify.adapter.memory;

import org.leavenotify.application.contract.HolidayCalendarContract;
import org.leavenotify.application.leave.port.out.HolidayCalendarPort;

class InMemoryHolidayCalendarTest extends HolidayCalendarContract {

    @Override
    protected HolidayCalendarPort emptyCalendar() {
        return new InMemoryHolidayCalendar();
    }
}
