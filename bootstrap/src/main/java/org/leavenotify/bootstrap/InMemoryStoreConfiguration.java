package org.leavenotify.bootstrap;

import org.leavenotify.application.inmemory.InMemoryCredentialStore;
import org.leavenotify.application.inmemory.InMemoryEmployeeDirectory;
import org.leavenotify.application.inmemory.InMemoryHolidayCalendar;
import org.leavenotify.application.inmemory.InMemoryLeaveAllowances;
import org.leavenotify.application.inmemory.InMemoryLeaveRequestRepository;
import org.leavenotify.application.inmemory.InMemoryNotificationStore;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every storage port in memory ({@code leavenotify.store=in-memory}): nothing survives a restart. Used
 * to isolate the application's own cost in benchmarks and for fast runs.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "leavenotify.store", havingValue = "in-memory")
public class InMemoryStoreConfiguration {

    @Bean
    InMemoryLeaveRequestRepository leaveRequestRepository() {
        return new InMemoryLeaveRequestRepository();
    }

    @Bean
    InMemoryEmployeeDirectory employeeDirectory() {
        return new InMemoryEmployeeDirectory();
    }

    @Bean
    InMemoryHolidayCalendar holidayCalendar() {
        return new InMemoryHolidayCalendar();
    }

    @Bean
    InMemoryLeaveAllowances leaveAllowances() {
        return new InMemoryLeaveAllowances();
    }

    @Bean
    InMemoryCredentialStore credentialStore() {
        return new InMemoryCredentialStore();
    }

    @Bean
    InMemoryNotificationStore notificationStore() {
        return new InMemoryNotificationStore();
    }
}
