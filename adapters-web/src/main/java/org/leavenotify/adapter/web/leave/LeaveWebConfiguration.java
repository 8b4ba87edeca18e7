package org.leavenotify.adapter.web.leave;

import org.leavenotify.application.leave.port.in.ApproveLeaveRequestUseCase;
import org.leavenotify.application.leave.port.in.CancelLeaveRequestUseCase;
import org.leavenotify.application.leave.port.in.MyLeaveBalancesQuery;
import org.leavenotify.application.leave.port.in.EmployeeNamesQuery;
import org.leavenotify.application.leave.port.in.HolidayCalendarQuery;
import org.leavenotify.application.leave.port.in.MyLeaveRequestsQuery;
import org.leavenotify.application.leave.port.in.RejectLeaveRequestUseCase;
import org.leavenotify.application.leave.port.in.SubmitLeaveRequestUseCase;
import org.leavenotify.application.leave.port.in.TeamLeaveRequestsQuery;
import org.leavenotify.application.leave.port.in.ViewLeaveRequestQuery;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The leave request and leave balance endpoints. */
@Configuration(proxyBeanMethods = false)
public class LeaveWebConfiguration {

    @Bean
    LeaveRequestController leaveRequestController(SubmitLeaveRequestUseCase submit, ApproveLeaveRequestUseCase approve,
                                                  RejectLeaveRequestUseCase reject, CancelLeaveRequestUseCase cancel,
                                                  MyLeaveRequestsQuery mine, TeamLeaveRequestsQuery team,
                                                  ViewLeaveRequestQuery view, EmployeeNamesQuery names) {
        return new LeaveRequestController(submit, approve, reject, cancel, mine, team, view, names);
    }

    @Bean
    LeaveBalanceController leaveBalanceController(MyLeaveBalancesQuery balances) {
        return new LeaveBalanceController(balances);
    }

    @Bean
    HolidayController holidayController(HolidayCalendarQuery calendar) {
        return new HolidayController(calendar);
    }
}
