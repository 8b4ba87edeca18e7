package org.leavenotify.adapter.web.admin;

import org.leavenotify.application.administration.port.in.AddPublicHolidayUseCase;
import org.leavenotify.application.administration.port.in.ChangeAllowanceUseCase;
import org.leavenotify.application.administration.port.in.ChangeManagerUseCase;
import org.leavenotify.application.administration.port.in.ChangeRolesUseCase;
import org.leavenotify.application.administration.port.in.CreateEmployeeUseCase;
import org.leavenotify.application.administration.port.in.DeactivateEmployeeUseCase;
import org.leavenotify.application.administration.port.in.EmployeesQuery;
import org.leavenotify.application.administration.port.in.ImportEmployeesUseCase;
import org.leavenotify.application.administration.port.in.PublicHolidaysQuery;
import org.leavenotify.application.administration.port.in.RemovePublicHolidayUseCase;
import org.leavenotify.application.administration.port.in.SetPasswordUseCase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * HR administration over REST: {@code /api/admin/**} and {@code POST /api/employees/import}, for the
 * HR_ADMIN role only (the security chain answers 403 problem+json to anyone else).
 */
@Configuration(proxyBeanMethods = false)
public class AdminWebConfiguration {

    @Bean
    EmployeeAdminController employeeAdminController(CreateEmployeeUseCase create, ChangeManagerUseCase changeManager,
                                                    ChangeRolesUseCase changeRoles,
                                                    ChangeAllowanceUseCase changeAllowance,
                                                    DeactivateEmployeeUseCase deactivate,
                                                    SetPasswordUseCase setPassword, EmployeesQuery employees) {
        return new EmployeeAdminController(create, changeManager, changeRoles, changeAllowance, deactivate,
                setPassword, employees);
    }

    @Bean
    HolidayAdminController holidayAdminController(AddPublicHolidayUseCase add, RemovePublicHolidayUseCase remove,
                                                  PublicHolidaysQuery holidays) {
        return new HolidayAdminController(add, remove, holidays);
    }

    @Bean
    EmployeeImportController employeeImportController(ImportEmployeesUseCase importEmployees) {
        return new EmployeeImportController(importEmployees);
    }
}
