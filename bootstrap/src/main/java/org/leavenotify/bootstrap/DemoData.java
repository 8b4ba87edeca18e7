package org.leavenotify.bootstrap;

import java.time.Clock;
import java.time.LocalDate;

import org.leavenotify.application.auth.port.out.CredentialStorePort;
import org.leavenotify.application.auth.port.out.PasswordHasherPort;
import org.leavenotify.application.demo.DemoOrganisation;
import org.leavenotify.application.leave.port.out.EmployeeDirectoryPort;
import org.leavenotify.application.leave.port.out.HolidayCalendarPort;
import org.leavenotify.application.leave.port.out.LeaveAllowancePort;
import org.leavenotify.domain.leave.LeavePolicy;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Creates the demo organisation when the store has none of it ({@code leavenotify.demo.enabled}, on by
 * default and always off in the {@code prod} profile). Runs before the web server accepts requests.
 */
class DemoData implements SmartInitializingSingleton {

    private final EmployeeDirectoryPort directory;
    private final CredentialStorePort credentials;
    private final PasswordHasherPort hasher;
    private final LeaveAllowancePort allowances;
    private final HolidayCalendarPort calendar;
    private final LeavePolicy policy;
    private final Clock clock;

    DemoData(EmployeeDirectoryPort directory, CredentialStorePort credentials, PasswordHasherPort hasher,
             LeaveAllowancePort allowances, HolidayCalendarPort calendar, LeavePolicy policy, Clock clock) {
        this.directory = directory;
        this.credentials = credentials;
        this.hasher = hasher;
        this.allowances = allowances;
        this.calendar = calendar;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        DemoOrganisation.createIfAbsent(directory, credentials, hasher, allowances, calendar,
                LocalDate.ofInstant(clock.instant(), policy.zone()).getYear());
    }
}
