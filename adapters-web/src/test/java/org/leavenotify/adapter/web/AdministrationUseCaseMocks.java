package org.leavenotify.adapter.web;

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
import org.leavenotify.application.auth.port.in.ChangeOwnPasswordUseCase;
import org.leavenotify.application.notification.port.in.ChangeNotificationPreferencesUseCase;
import org.leavenotify.application.notification.port.in.NotificationPreferencesQuery;
import org.leavenotify.application.notification.port.in.UnsubscribeUseCase;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Mocks of the HR administration, password and e-mail preference use cases, for every test context that holds the whole web
 * adapter: a test class implements this interface and the mocks are beans of its context (tests that use
 * them take them with {@code @Autowired}).
 */
@MockitoBean(types = {CreateEmployeeUseCase.class, ChangeManagerUseCase.class, ChangeRolesUseCase.class,
        ChangeAllowanceUseCase.class, DeactivateEmployeeUseCase.class, SetPasswordUseCase.class,
        ImportEmployeesUseCase.class, EmployeesQuery.class, AddPublicHolidayUseCase.class,
        RemovePublicHolidayUseCase.class, PublicHolidaysQuery.class, ChangeOwnPasswordUseCase.class,
        NotificationPreferencesQuery.class, ChangeNotificationPreferencesUseCase.class, UnsubscribeUseCase.class})
public interface AdministrationUseCaseMocks {
}
