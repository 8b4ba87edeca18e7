package org.leavenotify.bootstrap;

import org.leavenotify.adapter.memory.InMemoryCredentialStore;
import org.leavenotify.adapter.memory.InMemoryEmployeeDirectory;
import org.leavenotify.adapter.memory.InMemoryFailedAttempts;
import org.leavenotify.adapter.memory.InMemoryRefreshTokens;
import org.leavenotify.adapter.memory.InMemorySessionGenerations;
import org.leavenotify.adapter.memory.InMemoryHolidayCalendar;
import org.leavenotify.adapter.memory.InMemoryLeaveAllowances;
import org.leavenotify.adapter.memory.InMemoryLeaveLedgers;
import org.leavenotify.adapter.memory.InMemoryLeaveRequestRepository;
import org.leavenotify.adapter.memory.InMemoryMailIntents;
import org.leavenotify.adapter.memory.InMemoryNotificationPreferences;
import org.leavenotify.adapter.memory.InMemoryNotificationStore;
import org.leavenotify.adapter.persistence.StoreSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Every storage port in memory ({@code leavenotify.store=in-memory}): nothing survives a restart. Used
 * to isolate the application's own cost in benchmarks and for fast runs. In this mode the persistence
 * adapter stays off, and the {@code in-memory} profile that the value switches on
 * ({@code application-in-memory.properties}) excludes Spring Boot's MongoDB auto-configuration, so no
 * MongoDB client is created or waited for.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(StoreSettings.InMemoryChosen.class)
public class InMemoryStoreConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(InMemoryStoreConfiguration.class);

    /** The one start-up line that says which store is in use. */
    @Bean
    SmartInitializingSingleton inMemoryStoreAnnouncement() {
        return () -> LOG.info("Store: in memory (leavenotify.store=in-memory); nothing survives a restart");
    }

    @Bean
    InMemoryLeaveRequestRepository leaveRequestRepository() {
        return new InMemoryLeaveRequestRepository();
    }

    @Bean
    InMemorySessionGenerations sessionGenerations() {
        return new InMemorySessionGenerations();
    }

    @Bean
    InMemoryFailedAttempts failedAttempts() {
        return new InMemoryFailedAttempts();
    }

    @Bean
    InMemoryRefreshTokens refreshTokens() {
        return new InMemoryRefreshTokens();
    }

    @Bean
    InMemoryLeaveLedgers leaveLedgers() {
        return new InMemoryLeaveLedgers();
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
    InMemoryMailIntents mailIntents() {
        return new InMemoryMailIntents();
    }

    @Bean
    InMemoryNotificationPreferences notificationPreferences() {
        return new InMemoryNotificationPreferences();
    }

    @Bean
    InMemoryNotificationStore notificationStore() {
        return new InMemoryNotificationStore();
    }
}
